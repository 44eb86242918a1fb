import { hostname } from 'node:os';
import type { LoggerService } from '@nestjs/common';
import {
  DelayedError,
  type Job,
  type JobSchedulerTemplateOptions,
  Queue,
  QueueEvents,
  UnrecoverableError,
  WaitingError,
  Worker,
} from 'bullmq';
import { Redis } from 'ioredis';
import { jobIdFor, type JobOptions, jobOptionsFor } from '../jobs/job-options.js';
import {
  type EnqueuedJob,
  JobFailedError,
  type JobHandlerOf,
  type JobHandlers,
  type JobProgress,
  JobQueue,
  PermanentJobError,
  type ProgressListener,
  type ScheduleRule,
} from '../jobs/job-queue.js';
import {
  isJobName,
  JOB_QUEUES,
  type JobName,
  type JobPayload,
  type JobResult,
  jobOf,
  QUEUE_NAMES,
  type QueueName,
} from '../jobs/jobs.js';
import { settlesWithin } from './settles-within.js';
import { RedisJobGroups } from './redis-job-groups.js';

export interface BullMqQueueOptions {
  redisUrl: string;
  /** Redis key prefix of every queue (tests use one of their own). */
  prefix: string;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  shutdownTimeoutMs: number;
  /**
   * How soon a job waiting for its group's turn looks again. The job before it also starts it when done, so
   * this only matters when that job's worker died.
   */
  groupRetryDelayMs: number;
  logger: LoggerService;
}

interface ActiveJob {
  job: Job;
  token: string;
  worker: Worker;
  /** Settles when the handler returns or throws. */
  settled: Promise<unknown>;
  handedBack: boolean;
}

/** Job stalls (worker died or hung) tolerated before the job fails: one crash is recovered, a crash loop is not. */
const MAX_STALLED_COUNT = 2;

/** The queue on Redis: several workers, in as many processes, share it safely. */
export class BullMqQueueAdapter extends JobQueue {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly queueEvents = new Map<QueueName, Promise<QueueEvents>>();
  private readonly workers = new Map<QueueName, Worker>();
  private readonly active = new Map<string, ActiveJob>();
  /** Opened on first use, so a process that fails its start-up check holds no connection open. */
  private groupsConnection: { redis: Redis; groups: RedisJobGroups } | null = null;
  private handlers: JobHandlers | null = null;
  private stopping = false;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: BullMqQueueOptions) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<EnqueuedJob> {
    const job = await this.add(name, payload);
    return { id: requireId(job) };
  }

  async enqueueAndWait<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    onProgress?: ProgressListener,
  ): Promise<JobResult<N>> {
    const events = await this.eventsFor(JOB_QUEUES[name]);
    // The id is chosen before adding, so no progress event can slip by before the listener knows what to watch.
    const jobId = jobIdFor(name, jobOptionsFor(jobOf(name, payload)));
    const listener = ({ jobId: eventJobId, data }: { jobId: string; data: unknown }) => {
      if (eventJobId === jobId) onProgress?.(data as JobProgress);
    };
    events.on('progress', listener);
    try {
      const job = await this.add(name, payload, jobId);
      try {
        return (await job.waitUntilFinished(events)) as JobResult<N>;
      } catch (error) {
        throw new JobFailedError(name, jobId, (error as Error).message);
      }
    } finally {
      events.off('progress', listener);
    }
  }

  async schedule<N extends JobName>(
    scheduleId: string,
    rule: ScheduleRule,
    name: N,
    payload: JobPayload<N>,
  ): Promise<void> {
    const repeat = 'cron' in rule ? { pattern: rule.cron, tz: rule.tz ?? 'UTC' } : { every: rule.everyMs };
    // The scheduler names each job it creates, so the options' job id does not apply.
    const opts = toBullMqOptions(jobOptionsFor(jobOf(name, payload)));
    await this.queueFor(JOB_QUEUES[name]).upsertJobScheduler(scheduleId, repeat, { name, data: payload, opts });
  }

  async unschedule(scheduleId: string): Promise<void> {
    await Promise.all(QUEUE_NAMES.map((queueName) => this.queueFor(queueName).removeJobScheduler(scheduleId)));
  }

  async scheduleIds(): Promise<string[]> {
    const schedulers = await Promise.all(QUEUE_NAMES.map((name) => this.queueFor(name).getJobSchedulers()));
    return schedulers.flat().map((scheduler) => scheduler.key);
  }

  async start(handlers: JobHandlers): Promise<void> {
    this.handlers = handlers;
    for (const queueName of QUEUE_NAMES) {
      const worker = new Worker(queueName, (job, token, signal) => this.process(queueName, job, token, signal), {
        connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
        prefix: this.options.prefix,
        name: `${hostname()}:${process.pid}`,
        concurrency: this.options.concurrency,
        lockDuration: this.options.lockDurationMs,
        stalledInterval: this.options.stalledIntervalMs,
        maxStalledCount: MAX_STALLED_COUNT,
      });
      const { logger } = this.options;
      worker.on('failed', (job, error) =>
        logger.warn('job failed', { queue: queueName, jobId: job?.id, job: job?.name, error: error.message }),
      );
      worker.on('error', (error) => logger.error('worker error', { queue: queueName, error: error.message }));
      this.workers.set(queueName, worker);
      await worker.waitUntilReady();
    }
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async add<N extends JobName>(name: N, payload: JobPayload<N>, jobId?: string): Promise<Job> {
    const options = jobOptionsFor(jobOf(name, payload));
    const id = jobId ?? jobIdFor(name, options);
    const job = await this.queueFor(JOB_QUEUES[name]).add(name, payload, { ...toBullMqOptions(options), jobId: id });
    // Joining now keeps the group in enqueue order; a worker that picks the job first joins it itself.
    if (options.groupKey !== null) await this.groups().join(groupOf(JOB_QUEUES[name], options.groupKey), id);
    return job;
  }

  private async process(
    queueName: QueueName,
    job: Job,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const jobId = requireId(job);
    if (token === undefined) throw new Error(`BullMQ gave job ${jobId} no lock token`);
    if (!isJobName(job.name)) throw new UnrecoverableError(`unknown job name "${job.name}"`);
    const name: JobName = job.name;
    const payload = job.data as JobPayload<JobName>;
    const options = jobOptionsFor(jobOf(name, payload));
    const group = options.groupKey === null ? null : groupOf(queueName, options.groupKey);
    const queue = this.queueFor(queueName);

    if (group !== null && !(await this.groups().takeTurn(group, jobId, (id) => isPending(queue, id)))) {
      await job.moveToDelayed(Date.now() + this.options.groupRetryDelayMs, token);
      throw new DelayedError();
    }
    if (this.stopping) {
      // Fetched while this worker was stopping: another worker takes it (and its group turn, if it holds it).
      await job.moveToWait(token);
      throw new WaitingError();
    }

    const handler = (this.handlers as JobHandlers)[name] as JobHandlerOf<JobName>;
    // Wrapped so that a handler throwing before its first await still yields a rejected promise.
    const running = (async () =>
      handler.handle(payload, {
        jobId,
        attempt: job.attemptsMade + 1,
        finalAttempt: isFinalAttempt(job),
        signal: signal ?? new AbortController().signal,
        reportProgress: (progress) => job.updateProgress(progress),
      }))();
    const entry: ActiveJob = {
      job,
      token,
      worker: this.workers.get(queueName) as Worker,
      settled: running.catch(() => undefined),
      handedBack: false,
    };
    this.active.set(jobId, entry);
    try {
      const result = await running;
      if (group !== null) await this.passTurn(queue, group, jobId);
      return result;
    } catch (error) {
      if (entry.handedBack) throw new WaitingError();
      if (group !== null && isLastAttempt(job, error)) await this.passTurn(queue, group, jobId);
      throw error instanceof PermanentJobError ? new UnrecoverableError(error.message) : error;
    } finally {
      this.active.delete(jobId);
    }
  }

  /**
   * Never throws: the job's own outcome stands, and a turn not passed (Redis unreachable) is dropped by the
   * next job of the group once this one is finished.
   */
  private async passTurn(queue: Queue, group: string, jobId: string): Promise<void> {
    try {
      const nextId = await this.groups().leave(group, jobId);
      if (nextId === null) return;
      // The next job is most likely delayed, waiting for its turn: start it now rather than at its next look.
      const next = await queue.getJob(nextId);
      if (next !== undefined && (await next.isDelayed())) await next.promote();
    } catch (error) {
      // Includes the next job having been promoted or started elsewhere meanwhile.
      this.options.logger.warn('turn not passed on', { group, jobId, error: (error as Error).message });
    }
  }

  private async shutDown(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.workers.values()].map((worker) => worker.pause(true)));
    const activeJobs = [...this.active.values()];
    const finished = await settlesWithin(
      activeJobs.map((entry) => entry.settled),
      this.options.shutdownTimeoutMs,
    );
    if (!finished) await Promise.all([...this.active.values()].map((entry) => this.handBack(entry)));
    await Promise.all([...this.workers.values()].map((worker) => worker.close(!finished)));
    await Promise.all([...this.queueEvents.values()].map(async (events) => (await events).close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.groupsConnection?.redis.quit();
  }

  /** Returns an unfinished job to the queue now instead of leaving it locked until the stalled check finds it. */
  private async handBack(entry: ActiveJob): Promise<void> {
    entry.handedBack = true;
    entry.worker.cancelJob(requireId(entry.job), 'worker shutting down');
    await entry.job.moveToWait(entry.token);
    this.options.logger.warn('job handed back at shutdown', { jobId: entry.job.id, job: entry.job.name });
  }

  private groups(): RedisJobGroups {
    if (this.groupsConnection === null) {
      const redis = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
      this.groupsConnection = { redis, groups: new RedisJobGroups(redis, `${this.options.prefix}:job-groups`) };
    }
    return this.groupsConnection.groups;
  }

  private queueFor(queueName: QueueName): Queue {
    let queue = this.queues.get(queueName);
    if (queue === undefined) {
      queue = new Queue(queueName, { connection: { url: this.options.redisUrl }, prefix: this.options.prefix });
      queue.on('error', (error) =>
        this.options.logger.error('queue error', { queue: queueName, error: error.message }),
      );
      this.queues.set(queueName, queue);
    }
    return queue;
  }

  private eventsFor(queueName: QueueName): Promise<QueueEvents> {
    let events = this.queueEvents.get(queueName);
    if (events === undefined) {
      const created = new QueueEvents(queueName, {
        connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
        prefix: this.options.prefix,
      });
      events = created.waitUntilReady().then(() => created);
      this.queueEvents.set(queueName, events);
    }
    return events;
  }
}

function toBullMqOptions(options: JobOptions): JobSchedulerTemplateOptions {
  return {
    attempts: options.attempts,
    backoff: { type: options.backoff.type, delay: options.backoff.delayMs },
    removeOnComplete: { age: options.keepCompleted.ageSeconds, count: options.keepCompleted.count },
    removeOnFail: { age: options.keepFailed.ageSeconds, count: options.keepFailed.count },
  };
}

function groupOf(queueName: QueueName, groupKey: string): string {
  return `${queueName}:${groupKey}`;
}

function requireId(job: Job): string {
  if (job.id === undefined) throw new Error(`BullMQ returned job ${job.name} without an id`);
  return job.id;
}

async function isPending(queue: Queue, jobId: string): Promise<boolean> {
  const state = await queue.getJobState(jobId);
  return state !== 'completed' && state !== 'failed' && state !== 'unknown';
}

function isLastAttempt(job: Job, error: unknown): boolean {
  return error instanceof PermanentJobError || isFinalAttempt(job);
}

function isFinalAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
