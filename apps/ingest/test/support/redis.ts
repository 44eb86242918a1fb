import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import { Redis } from 'ioredis';
import { BullMqQueueAdapter, type BullMqQueueOptions } from '../../src/queue/bullmq-queue.adapter.js';

export const redisTestUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test file (or run) uses, so queues never see each other's jobs. */
export function uniquePrefix(file: string): string {
  return `legifeed-test-${file}-${randomUUID().slice(0, 8)}`;
}

/** Deletes every key under the prefix. */
export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisTestUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export const silentLogger: LoggerService = { log() {}, warn() {}, error() {} };

/** Short lock and stall check so a crashed worker's job comes back within seconds. */
export function bullMqAdapter(prefix: string, overrides: Partial<BullMqQueueOptions> = {}): BullMqQueueAdapter {
  return new BullMqQueueAdapter({
    redisUrl: redisTestUrl,
    prefix,
    concurrency: 4,
    lockDurationMs: 1_000,
    stalledIntervalMs: 500,
    shutdownTimeoutMs: 5_000,
    groupRetryDelayMs: 200,
    logger: silentLogger,
    ...overrides,
  });
}
