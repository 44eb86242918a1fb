import type { DumpRun } from '@legifeed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpLines, scratchFolder, writeDump } from './support/derived-dumps.js';
import { type IngestHarness, startIngest } from './support/ingest-harness.js';
import { CRPA_CODE, DUMPS } from './support/real-dumps.js';
import { BACKENDS, createTestStorage, type TestStorage } from './support/test-storage.js';

const BASELINE = `${DUMPS}crpa/crpa-2019-08-22T1825.jsonl.gz`;
/** Nothing to announce against the baseline (the golden table): what a partial copy of it announces is its own. */
const NEXT = `${DUMPS}crpa/crpa-2019-10-17T1353.jsonl.gz`;

describe.each(BACKENDS)('releasing a held dump, on %s', (kind) => {
  let storage: TestStorage;
  let ingest: IngestHarness;
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  let partial: string;
  let droppedCids: Set<string>;

  beforeAll(async () => {
    storage = await createTestStorage(kind);
    ingest = await startIngest(storage);
    scratch = await scratchFolder();
    await ingest.ingest([BASELINE]);
    // A partial dump, as the publisher sometimes ships: the first 60 % of the rows.
    const lines = await dumpLines(NEXT);
    const kept = lines.slice(0, Math.floor(lines.length * 0.6));
    const cidOf = (line: string) => (JSON.parse(line) as { cid: string }).cid;
    const keptCids = new Set(kept.map(cidOf));
    droppedCids = new Set(lines.map(cidOf).filter((cid) => !keptCids.has(cid)));
    partial = scratch.path('crpa-2019-10-17T1353-partial.jsonl.gz');
    await writeDump(partial, kept);
  }, 120_000);
  afterAll(async () => {
    await ingest?.close();
    await storage?.destroy();
    await scratch?.remove();
  });

  it('holds a dump that lost too many rows, publishing nothing, then publishes its repeals once released', async () => {
    const before = await ingest.snapshot();
    const [held] = (await ingest.ingest([partial])) as [DumpRun];
    expect(held.status).toBe('held');
    expect(held.hold?.reason).toBe('row_count_drop');
    expect(held.hold?.detail).toMatch(/^282 rows, the previous dump had 471: 40.1 % gone, more than the 20 % allowed\.$/);
    expect(await ingest.snapshot()).toEqual(before);

    const released = await ingest.release(held);
    expect(released).toMatchObject({ status: 'completed', changeCounts: { repealed: droppedCids.size } });
    const { changes } = await ingest.snapshot();
    expect(changes.filter((change) => change.dumpId === held.id)).toHaveLength(droppedCids.size);
    expect((await ingest.dumps.latestAccepted(CRPA_CODE))?.id).toBe(held.id);
  });

  it('refuses to release a run that is not held, saying why', async () => {
    const [completed] = await ingest.dumps.list({ statuses: ['completed'], limit: 1 });
    await expect(ingest.release(completed as DumpRun)).rejects.toThrow(
      `Dump run ${completed?.id} is completed: only a held run can be released`,
    );
  });

  it('refuses to release a held run once a later dump of the code was accepted', async () => {
    const [emptied] = (await ingest.ingest([`${DUMPS}crpa/crpa-2019-10-23T0421.jsonl.gz`], { code: CRPA_CODE })) as [DumpRun];
    expect(emptied.status).toBe('held');
    await ingest.ingest([NEXT]);
    await expect(ingest.release(emptied)).rejects.toThrow(/releasing it now would take the code back in time; discard it instead/);
    expect((await ingest.dumps.find(emptied.id))?.status).toBe('held');
  });
});
