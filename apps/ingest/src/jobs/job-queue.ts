import type { JobName, JobPayload, JobResult } from './jobs.js';

/** How far a job got; `totalRows` is null until the reader knows it (a stream without a row count). */
export interface JobProgress {
  rowsRead: number;
  totalRows: number | null;
}

export type ProgressListener = (progress: JobProgress) => void;

/** What a handler gets besides its payload. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
  /** No retry follows if this run fails: the handler records the failure for good. */
  finalAttempt: boolean;
  /** Aborted when the process is shutting down and the job is being handed back to the queue. */
  signal: AbortSignal;
  reportProgress(progress: JobProgress): Promise<void>;
}

export interface JobHandlerOf<N extends JobName> {
  handle(payload: JobPayload<N>, context: JobContext): Promise<JobResult<N>>;
}

export type JobHandlers = { readonly [N in JobName]: JobHandlerOf<N> };

export interface EnqueuedJob {
  id: string;
}

/** A cron pattern (evaluated in UTC unless `tz` says otherwise) or a fixed period. */
export type ScheduleRule = { cron: string; tz?: string } | { everyMs: number };

/**
 * The queue as the rest of legifeed sees it. Jobs are named and typed in `jobs.ts`; how each is retried,
 * deduplicated and serialised comes from `jobOptionsFor`. Two adapters: BullMQ on Redis, and inline (same
 * handlers, in this process) when there is no Redis.
 */
export abstract class JobQueue {
  abstract enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<EnqueuedJob>;

  /** Enqueues and resolves with the handler's result; rejects with `JobFailedError` once the job fails for good. */
  abstract enqueueAndWait<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    onProgress?: ProgressListener,
  ): Promise<JobResult<N>>;

  /** Creates or replaces the schedule `scheduleId` (no `:` in it), which enqueues the job at each tick. */
  abstract schedule<N extends JobName>(
    scheduleId: string,
    rule: ScheduleRule,
    name: N,
    payload: JobPayload<N>,
  ): Promise<void>;

  abstract unschedule(scheduleId: string): Promise<void>;

  abstract scheduleIds(): Promise<string[]>;

  /** Starts running jobs through `handlers`. */
  abstract start(handlers: JobHandlers): Promise<void>;

  /**
   * Stops taking jobs, lets the active ones finish within the shutdown timeout, hands the others back to the
   * queue, then closes connections.
   */
  abstract close(): Promise<void>;
}

export class JobFailedError extends Error {
  constructor(
    readonly jobName: JobName,
    readonly jobId: string,
    reason: string,
  ) {
    super(`job ${jobName} (${jobId}) failed: ${reason}`);
    this.name = 'JobFailedError';
  }
}

/** Thrown by a handler when trying again cannot help (a corrupt file): the job fails at once, without retries. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}
