import type { DumpRun } from '@legifeed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IngestHarness, startIngest } from './support/ingest-harness.js';
import { crpaHistory, snapshotsOf } from './support/real-dumps.js';
import { deleteKeys, redisTestUrl, uniquePrefix } from './support/redis.js';
import { snapshotName, tally } from './support/tally.js';
import { createTestStorage, type TestStorage } from './support/test-storage.js';

/** The first seven snapshots: a baseline, both empty dumps, and the first step with changes. */
const STEPS = 7;

describe('ingesting through BullMQ on Redis, on PostgreSQL', () => {
  const prefix = uniquePrefix('bullmq-ingest');
  let storage: TestStorage;
  let worker: IngestHarness;
  let producer: IngestHarness;
  let runs: DumpRun[];

  beforeAll(async () => {
    storage = await createTestStorage('postgres');
    const env = { REDIS_URL: redisTestUrl, LEGIFEED_QUEUE_PREFIX: prefix };
    worker = await startIngest(storage, env);
    // The CLI's side: it enqueues, the worker runs.
    producer = await startIngest(storage, env, { takeJobs: false });
    runs = await producer.ingest(snapshotsOf('crpa').slice(0, STEPS));
  }, 300_000);
  afterAll(async () => {
    await producer?.close();
    await worker?.close();
    await storage?.destroy();
    await deleteKeys(prefix);
  });

  it('gives the golden table’s changes, technical rewrites and holds, in as-of order', () => {
    const actual = runs.map((run) => ({
      snapshot: snapshotName(run.source),
      changes: tally(run),
      technical: run.technicalCount,
      ...(run.hold === null ? {} : { hold: run.hold.reason }),
    }));
    expect(actual).toEqual(crpaHistory().slice(0, STEPS));
  });

  it('records the same dump again as completed with no change', async () => {
    const before = await producer.snapshot();
    const [again] = (await producer.ingest([runs.at(-1)?.source as string])) as [DumpRun];
    expect(again).toMatchObject({ status: 'completed', changeCounts: {}, sha256: runs.at(-1)?.sha256 });
    expect(await producer.snapshot()).toEqual(before);
  });

  it('discards the held dumps through the queue, losing nothing', async () => {
    const before = await producer.snapshot();
    for (const run of runs.filter((each) => each.status === 'held')) {
      expect((await producer.discard(run)).status).toBe('discarded');
    }
    expect(await producer.snapshot()).toEqual(before);
  });
});
