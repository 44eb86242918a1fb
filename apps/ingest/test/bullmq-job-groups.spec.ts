import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BullMqQueueAdapter } from '../src/queue/bullmq-queue.adapter.js';
import { RedisJobGroups } from '../src/queue/redis-job-groups.js';
import { bullMqAdapter, deleteKeys, redisTestUrl, uniquePrefix } from './support/redis.js';
import { standInHandlers } from './support/stand-in-handlers.js';

/** Fails fast instead of at the test timeout: a job waiting forever for its turn is the bug looked for here. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('BullMQ per-code turns', () => {
  const prefix = uniquePrefix('job-groups');
  let queue: BullMqQueueAdapter;
  const redis = new Redis(redisTestUrl);
  afterEach(async () => {
    await queue.close();
    await deleteKeys(prefix);
  });
  afterAll(() => redis.disconnect());

  it('moves past a job that finished without passing its turn on (its worker died in between)', async () => {
    queue = bullMqAdapter(prefix);
    await queue.start(standInHandlers({ jobMs: 10 }).handlers);
    await queue.enqueueAndWait('ingest.dump', { runId: 'ahead', code: 'css' });
    // Put the finished job back at the head of its code's turns, as if its worker had died before leaving.
    await new RedisJobGroups(redis, `${prefix}:job-groups`).join('ingest:code/css', 'ingest.dump/ahead');
    expect(await redis.lrange(`${prefix}:job-groups:ingest:code/css`, 0, -1)).toEqual(['ingest.dump/ahead']);

    await expect(
      within(5_000, 'the next job of the code', queue.enqueueAndWait('ingest.dump', { runId: 'behind', code: 'css' })),
    ).resolves.toEqual({ runId: 'behind', status: 'completed', changeIds: [] });
    expect(await redis.llen(`${prefix}:job-groups:ingest:code/css`)).toBe(0);
  });
});
