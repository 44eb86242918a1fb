import { setTimeout as sleep } from 'node:timers/promises';
import type { LoggerService } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { jobIdFor, type JobOptions, jobOptionsFor } from '../jobs/job-options.js';
import {
  type EnqueuedJob,
  JobFailedError,
  type JobHandlerOf,
  type JobHandlers,
  JobQueue,
  PermanentJobError,
  type ProgressListener,
  type ScheduleRule,
} from '../jobs/job-queue.js';
import { type JobName, type JobPayload, type JobResult, jobOf } from '../jobs/jobs.js';
import { SerialGroups } from './serial-groups.js';
import { settlesWithin } from './settles-within.js';

export interface InlineQueueOptions {
  shutdownTimeoutMs: number;
  logger: LoggerService;
}

interface InlineRun {
  id: string;
  listeners: Set<ProgressListener>;
  controller: AbortController;
  result: Promise<unknown>;
}

/** setTimeout cannot wait longer than this (about 24.8 days); longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The queue without Redis: the same handlers and options, run in this process. Jobs of one group run one after
 * another in enqueue order, other jobs alongside; jobs do not survive the process.
 */
export class InlineQueueAdapter extends JobQueue {
  private handlers: JobHandlers | null = null;
  private readonly groups = new SerialGroups();
  private readonly runs = new Map<string, InlineRun>();
  private readonly schedules = new Map<string, NodeJS.Timeout>();
  private closing: Promise<void> | null = null;

  constructor(private readonly options: InlineQueueOptions) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<EnqueuedJob> {
    return { id: this.submit(name, payload).id };
  }

  async enqueueAndWait<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    onProgress?: ProgressListener,
  ): Promise<JobResult<N>> {
    const run = this.submit(name, payload, onProgress);
    try {
      return (await run.result) as JobResult<N>;
    } catch (error) {
      throw new JobFailedError(name, run.id, (error as Error).message);
    } finally {
      if (onProgress !== undefined) run.listeners.delete(onProgress);
    }
  }

  async schedule<N extends JobName>(
    scheduleId: string,
    rule: ScheduleRule,
    name: N,
    payload: JobPayload<N>,
  ): Promise<void> {
    await this.unschedule(scheduleId);
    const planNextTick = (): void => {
      this.wakeAt(scheduleId, nextTick(rule), () => {
        planNextTick();
        try {
          this.submit(name, payload);
        } catch (error) {
          this.options.logger.warn('scheduled job not enqueued', { scheduleId, error: (error as Error).message });
        }
      });
    };
    planNextTick();
  }

  async unschedule(scheduleId: string): Promise<void> {
    clearTimeout(this.schedules.get(scheduleId));
    this.schedules.delete(scheduleId);
  }

  async scheduleIds(): Promise<string[]> {
    return [...this.schedules.keys()];
  }

  async start(handlers: JobHandlers): Promise<void> {
    this.handlers = handlers;
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  /** The listener is attached before the handler starts, so it hears the first report too. */
  private submit<N extends JobName>(name: N, payload: JobPayload<N>, onProgress?: ProgressListener): InlineRun {
    if (this.closing !== null) throw new Error(`cannot enqueue ${name}: the inline queue is closed`);
    if (this.handlers === null) {
      throw new Error(`cannot enqueue ${name}: the inline queue runs jobs in this process and was not started`);
    }
    const options = jobOptionsFor(jobOf(name, payload));
    const id = jobIdFor(name, options);
    const listeners = new Set(onProgress === undefined ? [] : [onProgress]);
    const existing = this.runs.get(id);
    if (existing !== undefined) {
      for (const listener of listeners) existing.listeners.add(listener);
      return existing;
    }

    const handler = this.handlers[name] as JobHandlerOf<JobName>;
    const run: InlineRun = { id, listeners, controller: new AbortController(), result: Promise.resolve() };
    const execute = () => this.execute(handler, payload, options, run);
    run.result = options.groupKey === null ? execute() : this.groups.run(options.groupKey, execute);
    this.runs.set(id, run);
    void run.result
      .catch((error: Error) => this.options.logger.warn('job failed', { jobId: id, job: name, error: error.message }))
      .finally(() => this.runs.delete(id));
    return run;
  }

  private async execute(
    handler: JobHandlerOf<JobName>,
    payload: JobPayload<JobName>,
    options: JobOptions,
    run: InlineRun,
  ): Promise<unknown> {
    const { signal } = run.controller;
    for (let attempt = 1; ; attempt++) {
      try {
        return await handler.handle(payload, {
          jobId: run.id,
          attempt,
          finalAttempt: attempt >= options.attempts,
          signal,
          reportProgress: async (progress) => {
            for (const listener of run.listeners) listener(progress);
          },
        });
      } catch (error) {
        if (attempt >= options.attempts || error instanceof PermanentJobError || signal.aborted) throw error;
        await sleep(backoffDelayMs(options.backoff, attempt), undefined, { signal });
      }
    }
  }

  private wakeAt(scheduleId: string, dueAt: number, fire: () => void): void {
    const wait = Math.max(0, dueAt - Date.now());
    const wakeUp = () => (wait > MAX_TIMER_MS ? this.wakeAt(scheduleId, dueAt, fire) : fire());
    const timer = setTimeout(wakeUp, Math.min(wait, MAX_TIMER_MS));
    this.schedules.set(scheduleId, timer);
  }

  private async shutDown(): Promise<void> {
    for (const scheduleId of this.schedules.keys()) await this.unschedule(scheduleId);
    const runs = [...this.runs.values()];
    const finished = await settlesWithin(
      runs.map((run) => run.result),
      this.options.shutdownTimeoutMs,
    );
    if (finished) return;
    // Nothing to hand the jobs back to: tell the handlers to stop, and report what was cut short.
    for (const run of this.runs.values()) {
      run.controller.abort(new Error('inline queue closing'));
      this.options.logger.warn('job cut short at shutdown', { jobId: run.id });
    }
  }
}

/** Mirrors BullMQ's built-in strategies, so both adapters retry alike. */
function backoffDelayMs(backoff: JobOptions['backoff'], attempt: number): number {
  return backoff.type === 'fixed' ? backoff.delayMs : backoff.delayMs * 2 ** (attempt - 1);
}

function nextTick(rule: ScheduleRule): number {
  if ('everyMs' in rule) return Date.now() + rule.everyMs;
  return CronExpressionParser.parse(rule.cron, { tz: rule.tz ?? 'UTC' }).next().getTime();
}
