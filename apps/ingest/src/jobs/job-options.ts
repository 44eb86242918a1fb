import { randomUUID } from 'node:crypto';
import type { AnyJob, JobName } from './jobs.js';

/** How the queue treats one job; both queue adapters read these. */
export interface JobOptions {
  /**
   * Derived from the payload so that enqueuing the same work twice while the first job is kept is a no-op;
   * null gives every enqueue a fresh id.
   */
  jobId: string | null;
  /** Jobs sharing a group key run one at a time, in the order they were enqueued; null: no such constraint. */
  groupKey: string | null;
  /** Runs of the handler before the job fails for good. */
  attempts: number;
  backoff: { type: 'fixed' | 'exponential'; delayMs: number };
  /** How long finished jobs stay inspectable (CLI, dashboard) before the queue forgets them. */
  keepCompleted: Retention;
  keepFailed: Retention;
}

export interface Retention {
  ageSeconds: number;
  count: number;
}

const DAY_SECONDS = 24 * 60 * 60;
const KEEP_COMPLETED: Retention = { ageSeconds: 7 * DAY_SECONDS, count: 1_000 };
const KEEP_FAILED: Retention = { ageSeconds: 30 * DAY_SECONDS, count: 1_000 };
const NOT_KEPT: Retention = { ageSeconds: 0, count: 0 };

/** Every job touching a code's stored state waits for the others of that code. */
function codeGroup(code: string): string {
  return `code/${code}`;
}

export function jobOptionsFor(job: AnyJob): JobOptions {
  switch (job.name) {
    case 'ingest.dump':
    case 'ingest.release':
    case 'ingest.discard':
      // Retried because the usual failure is storage going away mid-run (a restart), and a run resumes safely.
      return {
        jobId: `${job.name}/${job.payload.runId}`,
        groupKey: codeGroup(job.payload.code),
        attempts: 3,
        backoff: { type: 'exponential', delayMs: 10_000 },
        keepCompleted: KEEP_COMPLETED,
        keepFailed: KEEP_FAILED,
      };
    case 'ingest.refresh-source':
      // No id of its own: each scheduled check is new work; an unreachable source is simply tried again at
      // the next tick.
      return {
        jobId: null,
        groupKey: codeGroup(job.payload.code),
        attempts: 2,
        backoff: { type: 'fixed', delayMs: 60_000 },
        keepCompleted: { ageSeconds: DAY_SECONDS, count: 100 },
        keepFailed: KEEP_FAILED,
      };
    case 'webhooks.dispatch':
    case 'webhooks.deliver':
      // One id per subscription (one for dispatch): enqueuing while such a job waits or runs is a no-op, so one
      // subscription's deliveries never run twice at once and bursts collapse. The job forgets itself when done,
      // freeing the id; its outcomes live in the outbox and the delivery log. Not retried: the sweep comes back.
      return {
        jobId: job.name === 'webhooks.deliver' ? `${job.name}/${job.payload.subscriptionId}` : job.name,
        groupKey: null,
        attempts: 1,
        backoff: { type: 'fixed', delayMs: 0 },
        keepCompleted: NOT_KEPT,
        keepFailed: NOT_KEPT,
      };
  }
}

/** The id a job is enqueued under: the one derived from its payload, else a fresh one. */
export function jobIdFor(name: JobName, options: JobOptions): string {
  return options.jobId ?? `${name}/${randomUUID()}`;
}
