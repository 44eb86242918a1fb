import type { JobHandlerOf, JobHandlers } from './job-queue.js';
import { JOB_NAMES, isJobName, type JobName } from './jobs.js';

/** One provider found with `@JobHandler(name)`. */
export interface HandlerRegistration {
  name: string;
  /** The provider's class name, to point at it in the error. */
  provider: string;
  instance: JobHandlerOf<JobName>;
}

export class JobHandlerSetupError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Refusing to start: every job needs exactly one handler.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'JobHandlerSetupError';
  }
}

/** Checks that every job name has exactly one handler and no handler claims an unknown job; returns the map. */
export function collectJobHandlers(registrations: readonly HandlerRegistration[]): JobHandlers {
  const byName = new Map<string, HandlerRegistration[]>();
  for (const registration of registrations) {
    byName.set(registration.name, [...(byName.get(registration.name) ?? []), registration]);
  }
  const missing = JOB_NAMES.filter((name) => !byName.has(name));
  const problems = [
    ...(missing.length > 0 ? [`no handler for ${missing.join(', ')}`] : []),
    ...[...byName]
      .filter(([, found]) => found.length > 1)
      .map(([name, found]) => `${found.length} handlers for ${name}: ${providersOf(found)}`),
    ...registrations
      .filter((registration) => !isJobName(registration.name))
      .map((registration) => `${registration.provider} handles "${registration.name}", which is not a job name`),
  ];
  if (problems.length > 0) throw new JobHandlerSetupError(problems);
  return Object.fromEntries(registrations.map((r) => [r.name, r.instance])) as unknown as JobHandlers;
}

function providersOf(registrations: readonly HandlerRegistration[]): string {
  return registrations
    .map((registration) => registration.provider)
    .sort()
    .join(', ');
}
