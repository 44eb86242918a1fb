import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './ingest-config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs embedded with no environment at all', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeNull();
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toBe(resolve('data'));
    expect(config.sources).toEqual([]);
    expect(config.queue).toEqual({
      prefix: 'legifeed',
      concurrency: 2,
      lockDurationMs: 30_000,
      stalledIntervalMs: 30_000,
      shutdownTimeoutMs: 30_000,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'postgres://legifeed@localhost/legifeed',
      LEGIFEED_DATA_DIR: '/var/lib/legifeed',
      LEGIFEED_ADMIN_TOKEN: 'a-token-of-some-length',
      LEGIFEED_SOURCES:
        'code-general-des-collectivites-territoriales=https://example.org/train.parquet, crpa=/data/crpa.jsonl',
      LEGIFEED_REFRESH_CRON: '30 4 * * 1-5',
      LEGIFEED_QUEUE_PREFIX: 'staging',
      LEGIFEED_INGEST_CONCURRENCY: '4',
      LEGIFEED_JOB_LOCK_MS: '1000',
      LEGIFEED_STALLED_CHECK_MS: '500',
      LEGIFEED_SHUTDOWN_TIMEOUT_MS: '0',
    });
    expect(config).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl: 'postgres://legifeed@localhost/legifeed',
      dataDir: '/var/lib/legifeed',
      adminToken: 'a-token-of-some-length',
      sources: [
        { code: 'code-general-des-collectivites-territoriales', location: 'https://example.org/train.parquet' },
        { code: 'crpa', location: '/data/crpa.jsonl' },
      ],
      refreshCron: '30 4 * * 1-5',
      queue: { prefix: 'staging', concurrency: 4, lockDurationMs: 1000, stalledIntervalMs: 500, shutdownTimeoutMs: 0 },
    });
  });

  it('gives one message per wrong variable, all at once', () => {
    expect(
      problemsOf({
        REDIS_URL: 'localhost:6379',
        DATABASE_URL: 'mysql://db',
        LEGIFEED_ADMIN_TOKEN: 'short',
        LEGIFEED_REFRESH_CRON: 'every day',
        LEGIFEED_INGEST_CONCURRENCY: 'two',
        LEGIFEED_JOB_LOCK_MS: '10',
        LEGIFEED_QUEUE_PREFIX: 'a:b',
      }),
    ).toEqual([
      'REDIS_URL: must start with redis:// or rediss://',
      'DATABASE_URL: must start with postgres:// or postgresql://',
      'LEGIFEED_ADMIN_TOKEN: must be at least 16 characters',
      expect.stringMatching(/^LEGIFEED_REFRESH_CRON: not a cron pattern \("every day"\)/),
      'LEGIFEED_QUEUE_PREFIX: letters, digits, "-" and "_" only, got "a:b"',
      'LEGIFEED_INGEST_CONCURRENCY: must be a whole number ≥ 1, got "two"',
      'LEGIFEED_JOB_LOCK_MS: must be a whole number ≥ 500, got "10"',
    ]);
  });

  it('says which source entry is wrong', () => {
    expect(problemsOf({ LEGIFEED_SOURCES: 'css=/a.jsonl,/b.jsonl' })).toEqual([
      'LEGIFEED_SOURCES: expected code=location, got "/b.jsonl"',
    ]);
    expect(problemsOf({ LEGIFEED_SOURCES: 'CSS=/a.jsonl' })).toEqual([
      'LEGIFEED_SOURCES: "CSS" is not a code slug (lower-case words joined by "-")',
    ]);
    expect(problemsOf({ LEGIFEED_SOURCES: 'css=/a.jsonl,css=/b.jsonl' })).toEqual([
      'LEGIFEED_SOURCES: css is listed twice',
    ]);
  });

  it('treats a blank variable as unset', () => {
    expect(loadConfig({ REDIS_URL: '  ', LEGIFEED_INGEST_CONCURRENCY: '' }).redisUrl).toBeNull();
  });
});
