import { setTimeout as sleep } from 'node:timers/promises';
import type { DumpRun } from '@legifeed/db';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cliEnv, JsonLinesProcess } from './support/cli-process.js';
import { type IngestHarness, type StoredSnapshot, startIngest } from './support/ingest-harness.js';
import { CSS_2020, CSS_2023, REPO_ROOT } from './support/real-dumps.js';
import { deleteKeys, redisTestUrl, uniquePrefix } from './support/redis.js';
import { createTestStorage, type TestStorage } from './support/test-storage.js';

const BIN = `${REPO_ROOT}bin/legifeed.mjs`;

/** css-2020-06-18 then css-2023-05-14, uninterrupted, inline: what the interrupted run must give. */
async function uninterrupted(): Promise<{ runs: DumpRun[]; stored: StoredSnapshot }> {
  const storage = await createTestStorage('postgres');
  const ingest = await startIngest(storage);
  try {
    return { runs: await ingest.ingest([CSS_2020, CSS_2023]), stored: await ingest.snapshot() };
  } finally {
    await ingest.close();
    await storage.destroy();
  }
}

describe('kill -9 of the worker in the middle of a dump, on PostgreSQL and BullMQ', () => {
  const prefix = uniquePrefix('worker-kill');
  let storage: TestStorage;
  let producer: IngestHarness;
  let workerEnv: NodeJS.ProcessEnv;
  const workers: JsonLinesProcess[] = [];
  const startWorker = async () => {
    const worker = new JsonLinesProcess([BIN, 'worker'], workerEnv);
    workers.push(worker);
    await worker.waitFor((line) => line.message === 'taking jobs');
    return worker;
  };

  beforeAll(async () => {
    assertBuilt();
    storage = await createTestStorage('postgres');
    const env = { REDIS_URL: redisTestUrl, LEGIFEED_QUEUE_PREFIX: prefix };
    // A lock longer than the longest synchronous step of a live run (detection takes about a second).
    workerEnv = cliEnv({ ...storage.env, ...env, LEGIFEED_JOB_LOCK_MS: '5000', LEGIFEED_STALLED_CHECK_MS: '500' });
    producer = await startIngest(storage, env, { takeJobs: false });
  }, 120_000);
  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    await producer?.close();
    await storage?.destroy();
    await deleteKeys(prefix);
  });

  it('completes the run after a restart with exactly the changes of an uninterrupted run', async () => {
    const reference = await uninterrupted();
    const first = await startWorker();
    const [baseline] = (await producer.ingest([CSS_2020])) as [DumpRun];
    expect(baseline.status).toBe('completed');

    const [queued] = await producer.requests.requestIngest({ sources: [CSS_2023] });
    const run = queued as DumpRun;
    let seen: DumpRun | null = null;
    while (!((seen = await producer.dumps.find(run.id)) !== null && seen.rowsRead >= 2_000)) await sleep(20);
    await first.stop('SIGKILL');
    const killed = (await producer.dumps.find(run.id)) as DumpRun;
    expect(killed.status).toBe('running');
    expect(killed.rowsRead).toBeLessThan(7_257);
    expect((await producer.snapshot()).changes.filter((change) => change.dumpId === run.id)).toEqual([]);

    await startWorker();
    await producer.queue.enqueueAndWait('ingest.dump', { runId: String(run.id), code: run.code as string });
    const completed = (await producer.dumps.find(run.id)) as DumpRun;
    // Taken up again by the stalled check: the crash spent no retry.
    const inspector = new Queue('ingest', { connection: { url: redisTestUrl }, prefix });
    const job = await inspector.getJob(`ingest.dump/${run.id}`);
    await inspector.close();
    expect([job?.stalledCounter, job?.attemptsMade]).toEqual([1, 1]);
    const referenceRun = reference.runs[1] as DumpRun;
    expect(completed.status).toBe('completed');
    expect(completed.changeCounts).toEqual(referenceRun.changeCounts);
    expect(completed.technicalCount).toBe(referenceRun.technicalCount);

    const stored = await producer.snapshot();
    const ids = (snapshot: StoredSnapshot, dumpId: number) =>
      snapshot.changes.filter((change) => change.dumpId === dumpId).map((change) => change.id);
    expect(ids(stored, run.id)).toEqual(ids(reference.stored, referenceRun.id));
    expect(ids(stored, run.id).length).toBeGreaterThan(1_000);
    expect(stored.versions).toEqual(reference.stored.versions);
    expect(stored.state).toEqual(reference.stored.state);
  });
});
