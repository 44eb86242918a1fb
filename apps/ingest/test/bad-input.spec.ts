import { articleVersions, codeState, type DumpRun } from '@legifeed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestRequestError } from '../src/ingest/ingest-requests.js';
import { dumpLines, scratchFolder, withFields, writeDump } from './support/derived-dumps.js';
import { type IngestHarness, startIngest } from './support/ingest-harness.js';
import { CRPA_CODE, DUMPS, FIXTURES } from './support/real-dumps.js';
import { tally } from './support/tally.js';
import { BACKENDS, createTestStorage, type TestStorage } from './support/test-storage.js';

const BASELINE = `${DUMPS}crpa/crpa-2022-12-19T0315.jsonl.gz`;
/** Gives "amended 2" against the baseline (the golden table); rows 7, 120 and 300 are articles it leaves alone. */
const NEXT = `${DUMPS}crpa/crpa-2023-01-02T0315.jsonl.gz`;

describe.each(BACKENDS)('bad input, on %s', (kind) => {
  let storage: TestStorage;
  let ingest: IngestHarness;
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  let baseline: DumpRun;

  beforeAll(async () => {
    storage = await createTestStorage(kind);
    ingest = await startIngest(storage);
    scratch = await scratchFolder();
    [baseline] = (await ingest.ingest([BASELINE])) as [DumpRun];
  }, 120_000);
  afterAll(async () => {
    await ingest?.close();
    await storage?.destroy();
    await scratch?.remove();
  });

  it('reports bad rows with their row numbers and stores the rest, repealing none of their articles', async () => {
    const lines = await dumpLines(NEXT);
    const broken = scratch.path('crpa-2023-01-02-broken.jsonl.gz');
    const brokenRows = new Map([
      [7, (lines[6] as string).slice(0, 200)],
      [120, withFields(lines[119] as string, { dateDebut: 'demain' })],
      [300, withFields(lines[299] as string, { id: null })],
    ]);
    await writeDump(broken, lines.map((line, index) => brokenRows.get(index + 1) ?? line));

    const [run] = (await ingest.ingest([broken])) as [DumpRun];
    expect(run.status).toBe('completed');
    expect(run.rowErrorCount).toBe(3);
    expect(run.firstRowErrors.map(({ file, row, field }) => ({ file, row, field }))).toEqual([
      { file: broken, row: 7, field: 'json' },
      { file: broken, row: 120, field: 'dateDebut' },
      { file: broken, row: 300, field: 'id' },
    ]);
    expect(tally(run)).toBe('amended 2');
    expect(run.rowCount).toBe(lines.length - 3);

    const storedIds = new Set((await ingest.database.db.select({ id: articleVersions.id }).from(articleVersions)).map((row) => row.id));
    const goodIds = lines.filter((_, index) => !brokenRows.has(index + 1)).map((line) => (JSON.parse(line) as { id: string }).id);
    expect(goodIds.filter((id) => !storedIds.has(id))).toEqual([]);
    // The articles of the unreadable rows keep the versions the baseline gave them.
    const state = await ingest.database.db.select({ cid: codeState.cid }).from(codeState);
    expect(state).toHaveLength(baseline.rowCount as number);
  });

  it('fails a truncated gzip for good, naming the file, and stores nothing', async () => {
    const before = await ingest.snapshot();
    const truncated = `${FIXTURES}bad-input/truncated.jsonl.gz`;
    const [run] = (await ingest.ingest([truncated])) as [DumpRun];
    expect(run).toMatchObject({ status: 'failed', code: CRPA_CODE });
    expect(run.error).toMatch(new RegExp(`^${truncated}: truncated gzip`));
    expect(await ingest.snapshot()).toEqual(before);
  });

  it('fails a run whose file is gone by the time it runs, naming the file', async () => {
    const [run] = (await ingest.ingest([scratch.path('gone.jsonl.gz')], { code: CRPA_CODE })) as [DumpRun];
    expect(run).toMatchObject({ status: 'failed', error: `${scratch.path('gone.jsonl.gz')}: no such file` });
  });

  it('refuses a request naming a missing file when the code must be read from it, queuing nothing', async () => {
    const runsBefore = (await ingest.dumps.list()).length;
    const request = ingest.requests.requestIngest({ sources: [NEXT, scratch.path('missing.jsonl')] });
    await expect(request).rejects.toThrow(IngestRequestError);
    await expect(request).rejects.toThrow(`${scratch.path('missing.jsonl')}: no such file`);
    expect(await ingest.dumps.list()).toHaveLength(runsBefore);
  });

  it('refuses bad request fields, naming each', async () => {
    await expect(
      ingest.requests.requestIngest({ sources: [NEXT], asOf: '2023-02-30', code: 'Code CRPA', label: 'x'.repeat(201) }),
    ).rejects.toThrow(
      'asOf: expected a day YYYY-MM-DD, got "2023-02-30"; label: expected text of at most 200 characters; ' +
        'code: expected a code slug (lower-case words joined by "-"), got "Code CRPA"',
    );
    await expect(ingest.requests.requestIngest({ sources: [] })).rejects.toThrow('sources: give at least one path or URL');
  });
});
