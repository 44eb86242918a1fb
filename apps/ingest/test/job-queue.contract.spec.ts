import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  JobFailedError,
  type JobHandlers,
  type JobProgress,
  type JobQueue,
  PermanentJobError,
} from '../src/jobs/job-queue.js';
import type { JobName, JobPayload, JobResult } from '../src/jobs/jobs.js';
import { InlineQueueAdapter } from '../src/queue/inline-queue.adapter.js';
import { bullMqAdapter, deleteKeys, silentLogger, uniquePrefix } from './support/redis.js';
import { overlap, spanOf, standInHandlers } from './support/stand-in-handlers.js';

/** A queue to enqueue on, and the consumers that run its jobs. */
interface Harness {
  producer: JobQueue;
  start(handlers: JobHandlers): Promise<void>;
  close(): Promise<void>;
}

const adapters: Record<string, () => Harness> = {
  // Two adapters on one prefix: two workers sharing one Redis, as with `--scale ingest=2`.
  bullmq: () => {
    const prefix = uniquePrefix('contract');
    const workers = [bullMqAdapter(prefix), bullMqAdapter(prefix)];
    return {
      producer: workers[0] as JobQueue,
      start: async (handlers) => {
        for (const worker of workers) await worker.start(handlers);
      },
      close: async () => {
        await Promise.all(workers.map((worker) => worker.close()));
        await deleteKeys(prefix);
      },
    };
  },
  inline: () => {
    const queue = new InlineQueueAdapter({ shutdownTimeoutMs: 5_000, logger: silentLogger });
    return { producer: queue, start: (handlers) => queue.start(handlers), close: () => queue.close() };
  },
};

/** Enqueues now, so jobs enter the queue in the order of the calls, and gives the job's eventual result. */
async function enqueueInOrder<N extends JobName>(
  queue: JobQueue,
  name: N,
  payload: JobPayload<N>,
): Promise<{ result: Promise<JobResult<N>> }> {
  await queue.enqueue(name, payload);
  // A run's id comes from its payload: this waits on the job just enqueued.
  return { result: queue.enqueueAndWait(name, payload) };
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe.each(Object.keys(adapters))('%s queue', (adapter) => {
  let harness: Harness;
  const open = async (handlers: JobHandlers): Promise<JobQueue> => {
    harness = (adapters[adapter] as () => Harness)();
    await harness.start(handlers);
    return harness.producer;
  };
  afterEach(async () => {
    await harness.close();
  });

  it('runs a job through its handler and returns its result', async () => {
    const { handlers, spans } = standInHandlers({ jobMs: 10 });
    const queue = await open(handlers);
    await expect(queue.enqueueAndWait('ingest.discard', { runId: 'run-1', code: 'css' })).resolves.toEqual({
      runId: 'run-1',
      status: 'discarded',
      changeIds: [],
    });
    expect(spans.map((span) => span.job)).toEqual(['run-1']);
  });

  it('reports the progress the handler gives to whoever waits on the job', async () => {
    const { handlers } = standInHandlers({ jobMs: 50 });
    const queue = await open(handlers);
    const progress: JobProgress[] = [];
    await queue.enqueueAndWait('ingest.dump', { runId: 'run-1', code: 'css' }, (p) => progress.push(p));
    expect(progress).toEqual([
      { rowsRead: 0, totalRows: 2 },
      { rowsRead: 2, totalRows: 2 },
    ]);
  });

  it('runs a job enqueued without waiting', async () => {
    const { handlers, spans } = standInHandlers({ jobMs: 10 });
    const queue = await open(handlers);
    const { id } = await queue.enqueue('ingest.release', { runId: 'run-9', code: 'crpa' });
    expect(id).toBe('ingest.release/run-9');
    await until(() => spans.length === 1, 'the job to run');
  });

  it('runs a run once however many times it is enqueued while known', async () => {
    const { handlers, spans } = standInHandlers({ jobMs: 200 });
    const queue = await open(handlers);
    const payload = { runId: 'run-1', code: 'css' };
    await Promise.all([queue.enqueueAndWait('ingest.dump', payload), queue.enqueueAndWait('ingest.dump', payload)]);
    await sleep(300);
    expect(spans.map((span) => span.job)).toEqual(['run-1']);
  });

  it('fails a job at once when the handler says retrying cannot help', async () => {
    const { handlers, spans } = standInHandlers({
      jobMs: 10,
      fail: (runId) => new PermanentJobError(`dump of ${runId} is truncated`),
    });
    const queue = await open(handlers);
    const failure = queue.enqueueAndWait('ingest.dump', { runId: 'run-1', code: 'css' });
    await expect(failure).rejects.toThrow(JobFailedError);
    await expect(failure).rejects.toThrow('job ingest.dump (ingest.dump/run-1) failed: dump of run-1 is truncated');
    expect(spans).toHaveLength(1);
  });

  it('runs the jobs of one code one at a time in enqueue order, and other codes alongside', async () => {
    const { handlers, spans } = standInHandlers({ jobMs: 300 });
    const queue = await open(handlers);
    const jobs = [
      await enqueueInOrder(queue, 'ingest.dump', { runId: 'css-1', code: 'css' }),
      await enqueueInOrder(queue, 'ingest.dump', { runId: 'css-2', code: 'css' }),
      await enqueueInOrder(queue, 'ingest.release', { runId: 'css-3', code: 'css' }),
      await enqueueInOrder(queue, 'ingest.dump', { runId: 'crpa-1', code: 'crpa' }),
    ];
    await Promise.all(jobs.map((job) => job.result));

    const [first, second, third] = ['css-1', 'css-2', 'css-3'].map((job) => spanOf(spans, job));
    expect(first!.end).toBeLessThanOrEqual(second!.start);
    expect(second!.end).toBeLessThanOrEqual(third!.start);
    expect(overlap(spanOf(spans, 'crpa-1'), first!)).toBe(true);
  });

  it('passes the turn on when a job of the code fails for good', async () => {
    const { handlers, spans } = standInHandlers({
      jobMs: 100,
      fail: (runId) => (runId === 'css-1' ? new PermanentJobError('unreadable') : null),
    });
    const queue = await open(handlers);
    const failing = await enqueueInOrder(queue, 'ingest.dump', { runId: 'css-1', code: 'css' });
    const failed = expect(failing.result).rejects.toThrow('unreadable');
    const next = await enqueueInOrder(queue, 'ingest.dump', { runId: 'css-2', code: 'css' });
    await failed;
    await expect(next.result).resolves.toEqual({ runId: 'css-2', status: 'completed', changeIds: [] });
    expect(spanOf(spans, 'css-1').end).toBeLessThanOrEqual(spanOf(spans, 'css-2').start);
  });

  it('enqueues a scheduled job at every tick until unscheduled', async () => {
    const { handlers, spans } = standInHandlers({ jobMs: 10 });
    const queue = await open(handlers);
    await queue.schedule('refresh-source/css', { everyMs: 300 }, 'ingest.refresh-source', { code: 'css' });
    expect(await queue.scheduleIds()).toEqual(['refresh-source/css']);
    await until(() => spans.length >= 2, 'two scheduled runs');
    await queue.unschedule('refresh-source/css');
    expect(await queue.scheduleIds()).toEqual([]);
    expect(spans.every((span) => span.job === 'css')).toBe(true);
  });
});
