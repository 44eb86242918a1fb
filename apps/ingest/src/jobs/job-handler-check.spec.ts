import { describe, expect, it } from 'vitest';
import { collectJobHandlers, type HandlerRegistration, JobHandlerSetupError } from './job-handler-check.js';
import { JOB_NAMES } from './jobs.js';

function registration(name: string, provider = `${name}Handler`): HandlerRegistration {
  return { name, provider, instance: { handle: async () => ({ runId: '1', status: 'completed', changeIds: [] }) } };
}

function problemsOf(registrations: HandlerRegistration[]): readonly string[] {
  try {
    collectJobHandlers(registrations);
  } catch (error) {
    if (error instanceof JobHandlerSetupError) return error.problems;
    throw error;
  }
  return [];
}

describe('collectJobHandlers', () => {
  it('maps every job name to its one handler', () => {
    const registrations = JOB_NAMES.map((name) => registration(name));
    const handlers = collectJobHandlers(registrations);
    for (const [index, name] of JOB_NAMES.entries()) expect(handlers[name]).toBe(registrations[index]?.instance);
  });

  it('refuses a job without a handler, naming every missing job', () => {
    expect(problemsOf([registration('ingest.dump'), registration('ingest.refresh-source')])).toEqual([
      'no handler for ingest.release, ingest.discard, webhooks.dispatch, webhooks.deliver',
    ]);
  });

  it('refuses a job with two handlers, naming both providers', () => {
    const registrations = [
      ...JOB_NAMES.map((name) => registration(name)),
      registration('ingest.dump', 'SecondDumpHandler'),
    ];
    expect(problemsOf(registrations)).toEqual(['2 handlers for ingest.dump: SecondDumpHandler, ingest.dumpHandler']);
  });

  it('refuses a handler for a job that does not exist', () => {
    const registrations = [...JOB_NAMES.map((name) => registration(name)), registration('ingest.typo', 'TypoHandler')];
    expect(problemsOf(registrations)).toEqual(['TypoHandler handles "ingest.typo", which is not a job name']);
  });

  it('reports every problem in one error message', () => {
    const registrations = [registration('ingest.dump'), registration('ingest.dump', 'Again'), registration('x', 'X')];
    expect(() => collectJobHandlers(registrations)).toThrow(
      'Refusing to start: every job needs exactly one handler.\n' +
        '  - no handler for ingest.release, ingest.discard, ingest.refresh-source, webhooks.dispatch, webhooks.deliver\n' +
        '  - 2 handlers for ingest.dump: Again, ingest.dumpHandler\n' +
        '  - X handles "x", which is not a job name',
    );
  });
});
