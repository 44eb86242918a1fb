import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DumpRun } from '@legifeed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IngestHarness, startIngest } from './support/ingest-harness.js';
import { CRPA_CODE, crpaHistory, snapshotsOf } from './support/real-dumps.js';
import { snapshotName, tally } from './support/tally.js';
import { BACKENDS, createTestStorage, type TestStorage } from './support/test-storage.js';

describe.each(BACKENDS)('ingesting the 26 CRPA snapshots in order, on %s', (kind) => {
  let storage: TestStorage;
  let ingest: IngestHarness;
  let runs: DumpRun[];
  const held = () => runs.filter((run) => run.status === 'held');

  beforeAll(async () => {
    storage = await createTestStorage(kind);
    ingest = await startIngest(storage);
    // As `legifeed ingest crpa/*.jsonl.gz` asks: one request, the empty dumps taking the code of the others.
    runs = await ingest.ingest([...snapshotsOf('crpa')].reverse());
  }, 600_000);
  afterAll(async () => {
    await ingest?.close();
    await storage?.destroy();
  });

  it('runs them oldest first, whatever order they were given in', () => {
    expect(runs.map((run) => snapshotName(run.source))).toEqual(crpaHistory().map((step) => step.snapshot));
    expect(runs.map((run) => run.asOf)).toEqual(crpaHistory().map((step) => step.snapshot.slice(5, 15)));
    expect(new Set(runs.map((run) => run.code))).toEqual(new Set([CRPA_CODE]));
  });

  it('records the changes, technical rewrites and holds the golden table gives at every step', () => {
    const actual = runs.map((run) => ({
      snapshot: snapshotName(run.source),
      changes: tally(run),
      technical: run.technicalCount,
      ...(run.hold === null ? {} : { hold: run.hold.reason }),
    }));
    expect(actual).toEqual(crpaHistory());
    expect(runs.filter((run) => run.hold === null).map((run) => run.status)).toEqual(Array(24).fill('completed'));
  });

  it('stores each step’s changes under its run, sequences following the order of the runs', async () => {
    const { changes } = await ingest.snapshot();
    const stored = runs.map((run) => changes.filter((change) => change.dumpId === run.id).length);
    expect(stored).toEqual(runs.map((run) => Object.values(run.changeCounts).reduce((sum, count) => sum + count, 0)));
    const bySequence = [...changes].sort((a, b) => a.sequence - b.sequence).map((change) => change.dumpId);
    expect(bySequence).toEqual([...bySequence].sort((a, b) => a - b));
  });

  it('holds the two empty dumps, publishing nothing, and compares the next dump with the last sound state', () => {
    expect(held().map((run) => [snapshotName(run.source), run.hold, run.rowCount, run.changeCounts])).toEqual([
      ['crpa-2019-10-23T0421', { reason: 'empty_dump', detail: '0 rows, the previous dump had 471.' }, 0, {}],
      ['crpa-2019-10-24T0421', { reason: 'empty_dump', detail: '0 rows, the previous dump had 471.' }, 0, {}],
    ]);
  });

  it('records the same dump again, and the same bytes under another name, as completed with no change', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'legifeed-renamed-'));
    try {
      const last = runs.at(-1) as DumpRun;
      const renamed = join(folder, 'latest-crpa.jsonl.gz');
      await copyFile(last.source, renamed);
      const before = await ingest.snapshot();
      const again = await ingest.ingest([last.source]);
      const copy = await ingest.ingest([renamed], { asOf: '2024-07-28' });
      for (const run of [...again, ...copy]) {
        expect(run).toMatchObject({ status: 'completed', changeCounts: {}, technicalCount: 0, rowCount: last.rowCount });
        expect(run.sha256).toBe(last.sha256);
      }
      expect(await ingest.snapshot()).toEqual(before);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('discards the held dumps, losing nothing stored', async () => {
    const before = await ingest.snapshot();
    const discarded = [];
    for (const run of held()) discarded.push(await ingest.discard(run));
    expect(discarded.map((run) => run.status)).toEqual(['discarded', 'discarded']);
    expect(await ingest.snapshot()).toEqual(before);
    expect((await ingest.dumps.latestAccepted(CRPA_CODE))?.id).toBe(runs.at(-1)?.id);
  });
});
