import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/ingest/run-report.js';
import { assertBuilt, legifeed, withoutProgress } from './support/cli-process.js';
import { CRPA_CODE, DUMPS, FIXTURES } from './support/real-dumps.js';
import { createTestStorage, type TestStorage } from './support/test-storage.js';

const FIRST = 'fixtures/crpa/crpa-2023-01-02T0315.jsonl.gz';
const SECOND = 'fixtures/crpa/crpa-2023-05-16T0334.jsonl.gz';

describe('the legifeed CLI, end to end on a fresh embedded data directory', () => {
  let storage: TestStorage;
  const run = (...args: string[]) => legifeed(args, storage.env);

  beforeAll(async () => {
    assertBuilt();
    storage = await createTestStorage('pglite');
  });
  afterAll(() => storage?.destroy());

  it('ingests two successive dumps and prints a JSON report per run', async () => {
    const { code, stdout, stderr } = await run('ingest', FIRST, SECOND, '--json');
    expect({ code, stderr: withoutProgress(stderr) }).toEqual({ code: 0, stderr: '' });
    const reports = JSON.parse(stdout) as RunReport[];
    expect(reports.map(({ id, source, code: slug, asOf, status }) => ({ id, source, code: slug, asOf, status }))).toEqual([
      { id: 1, source: `${FIXTURES}crpa/crpa-2023-01-02T0315.jsonl.gz`, code: CRPA_CODE, asOf: '2023-01-02', status: 'completed' },
      { id: 2, source: `${FIXTURES}crpa/crpa-2023-05-16T0334.jsonl.gz`, code: CRPA_CODE, asOf: '2023-05-16', status: 'completed' },
    ]);
    expect(reports[1]).toMatchObject({
      changes: { created: 2, amended: 9, repealed: 5 },
      changeTotal: 16,
      technical: 85,
      rowErrors: { count: 0, first: [] },
      progress: { rowsRead: 470, totalRows: 470 },
    });
    expect(reports[1]?.durationMs).toBeGreaterThan(0);
  });

  it('prints the report as a table without --json, and lists the runs', async () => {
    const { code, stdout } = await run('ingest', SECOND, '--label', 'again');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^dump run 3\n {2}source +.*crpa-2023-05-16T0334\.jsonl\.gz\n/);
    expect(stdout).toContain('  label      again\n');
    expect(stdout).toContain('  status     completed\n');
    expect(stdout).toContain('  changes    0\n');
    const listed = await run('dumps');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[0]).toMatch(/^id +status +as of +code +rows +changes +technical +row errors +source$/);
    expect(listed.stdout).toMatch(/\n 2 +completed +2023-05-16 +code-des-relations-entre-le-public-et-l-administration +470 +16 +85 +0 +\//);
  });

  it('exits 1 with a clear message when a dump cannot be read, after ingesting the others', async () => {
    const { code, stdout, stderr } = await run('ingest', 'fixtures/bad-input/truncated.jsonl.gz', '--as-of', '2024-07-28', '--json');
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout) as RunReport[];
    expect(report).toMatchObject({ status: 'failed', error: expect.stringMatching(/truncated\.jsonl\.gz: truncated gzip/) });
    expect(stderr).toContain('legifeed ingest: 1 of 1 dumps failed:\n');
    expect(stderr).toMatch(/dump run 4 \(failed\): .*truncated\.jsonl\.gz: truncated gzip/);
  });

  it('exits 1 naming a missing file, and 2 on a usage mistake', async () => {
    const missing = await run('ingest', 'fixtures/crpa/nowhere.jsonl.gz');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe(`legifeed ingest: ${FIXTURES}crpa/nowhere.jsonl.gz: no such file\n`);
    const usage = await run('ingest');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: legifeed ingest <path|url>… [--as-of YYYY-MM-DD]');
    expect((await run('ingest', SECOND, '--asof', '2023-05-16')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('holds an empty dump, exiting 0, and discards it on request', async () => {
    const held = await run('ingest', `${DUMPS}crpa/crpa-2019-10-23T0421.jsonl.gz`, '--code', CRPA_CODE, '--json');
    expect(held.code).toBe(0);
    const [report] = JSON.parse(held.stdout) as RunReport[];
    expect(report).toMatchObject({ status: 'held', hold: { reason: 'empty_dump', detail: '0 rows, the previous dump had 470.' } });
    const discarded = await run('discard', String(report?.id));
    expect(discarded.code).toBe(0);
    expect(discarded.stdout).toContain('  status     discarded\n');
    const again = await run('discard', String(report?.id));
    expect(again).toMatchObject({ code: 1, stderr: `legifeed discard: Dump run ${report?.id} is discarded: only a held run can be discarded\n` });
  });
});
