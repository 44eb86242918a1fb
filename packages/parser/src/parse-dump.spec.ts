import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDump, type ParseProgress } from './parse-dump.js';
import { DumpReadError, type ArticleVersion } from './types.js';

const DUMPS = fileURLToPath(new URL('../../../../shared/dumps/', import.meta.url));
const BAD_INPUT = fileURLToPath(new URL('../../../fixtures/bad-input/', import.meta.url));
const CGCT = join(DUMPS, 'cgct/cgct-sample.jsonl');
const cgctLines = readFileSync(CGCT, 'utf8').split('\n').filter((line) => line !== '');

const scratch = mkdtempSync(join(tmpdir(), 'legifeed-parse-dump-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A JSONL file of the CGCT sample's rows, each passed through `edit`. */
function editedCgct(name: string, edit: (row: Record<string, unknown>, index: number) => unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, cgctLines.map((line, index) => JSON.stringify(edit(JSON.parse(line), index))).join('\n'));
  return file;
}

async function consume(source: string, options: Parameters<typeof parseDump>[1] = {}) {
  const parsed = parseDump(source, options);
  const batches: ArticleVersion[][] = [];
  for await (const batch of parsed.batches()) batches.push(batch);
  return { batches, report: parsed.report };
}

describe('parseDump', () => {
  it('normalises every row, in order, in batches of the size asked', async () => {
    const progress: ParseProgress[] = [];
    const { batches, report } = await consume(CGCT, { batchSize: 30, onProgress: (p) => progress.push(p) });
    expect(batches.map((batch) => batch.length)).toEqual([30, 30, 30, 10]);
    expect(batches.flat().map((version) => version.row)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(report).toEqual({
      file: CGCT,
      format: 'jsonl',
      rowsRead: 100,
      versions: 100,
      rowErrorCount: 0,
      firstRowErrors: [],
      totalRows: null,
      missingRequiredColumns: [],
    });
    expect(progress.map((p) => p.rowsRead)).toEqual([30, 60, 90, 100]);
    expect(progress.at(-1)).toEqual({ rowsRead: 100, totalRows: null });
  });

  it('gives the parquet total up front', async () => {
    const progress: ParseProgress[] = [];
    const { report } = await consume(join(DUMPS, 'cgct/cgct-sample.parquet'), { onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ format: 'parquet', rowsRead: 100, versions: 100, totalRows: 100 });
    expect(report.missingRequiredColumns).toEqual([]);
    expect(progress).toEqual([{ rowsRead: 100, totalRows: 100 }]);
  });

  it('counts a bad line as a row error and goes on', async () => {
    const file = join(BAD_INPUT, 'invalid-json-line.jsonl');
    const { batches, report } = await consume(file);
    expect(batches.flat().map((version) => version.row)).toEqual([1, 3]);
    expect(report).toMatchObject({ rowsRead: 3, versions: 2, rowErrorCount: 1 });
    expect(report.firstRowErrors).toEqual([
      { file, row: 2, field: 'json', message: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('counts rows the normaliser rejects, naming row and field, and keeps only the first few', async () => {
    const file = editedCgct('bad-dates.jsonl', (row, index) => (index % 10 === 4 ? { ...row, dateDebut: 'hier' } : row));
    const { batches, report } = await consume(file, { keepErrors: 3 });
    expect(batches.flat()).toHaveLength(90);
    expect(report).toMatchObject({ rowsRead: 100, versions: 90, rowErrorCount: 10 });
    expect(report.firstRowErrors.map(({ file, row, field }) => ({ file, row, field }))).toEqual([
      { file, row: 5, field: 'dateDebut' },
      { file, row: 15, field: 'dateDebut' },
      { file, row: 25, field: 'dateDebut' },
    ]);
  });

  it('reports a required column no row has', async () => {
    const file = editedCgct('no-texte-html.jsonl', ({ texteHtml: _dropped, ...row }) => row);
    const { report } = await consume(file);
    expect(report.missingRequiredColumns).toEqual(['texteHtml']);
  });

  it('reports no missing column for an empty dump: emptiness is for the caller to judge', async () => {
    const { batches, report } = await consume(join(DUMPS, 'crpa/crpa-2019-10-23T0421.jsonl.gz'));
    expect(batches).toEqual([]);
    expect(report).toMatchObject({ rowsRead: 0, versions: 0, rowErrorCount: 0, missingRequiredColumns: [] });
  });

  it('fails the iteration on a truncated dump, after every row before the cut, with no report', async () => {
    const parsed = parseDump(join(BAD_INPUT, 'truncated.jsonl.gz'), { batchSize: 5 });
    const rows: number[] = [];
    const failure = (async () => {
      for await (const batch of parsed.batches()) rows.push(...batch.map((version) => version.row));
    })();
    await expect(failure).rejects.toBeInstanceOf(DumpReadError);
    expect(rows).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(() => parsed.report).toThrow('the report exists once batches() has been read to the end');
  });
});
