import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDump } from '../../src/read/open-dump.js';
import { allDumpFiles, countJsonLines, DUMPS, readAll } from './dumps.js';

const files = allDumpFiles();
const jsonLineFiles = files.filter((file) => /\.jsonl(\.gz)?$/.test(file));
const parquetFiles = files.filter((file) => file.endsWith('.parquet'));

describe('every real dump reads without a row error', () => {
  it('finds the dumps the README lists', () => {
    expect(jsonLineFiles).toHaveLength(31);
    expect(parquetFiles).toEqual([
      'cgct/cgct-sample.parquet',
      'crpa/crpa-2024-07-27T1514.parquet',
      'css/css-2023-05-14.parquet',
    ]);
  });

  it.each(jsonLineFiles)('%s: one row a line, numbered by line', async (file) => {
    const items = await readAll(join(DUMPS, file));
    expect(items.filter((item) => item.kind === 'error')).toEqual([]);
    const expected = countJsonLines(join(DUMPS, file));
    expect(items.map((item) => item.row)).toEqual(Array.from({ length: expected }, (_, index) => index + 1));
  });

  it.each(parquetFiles)('%s: as many rows as its footer announces', async (file) => {
    const dump = await openDump(join(DUMPS, file));
    const items = await readAll(join(DUMPS, file));
    expect(items.filter((item) => item.kind === 'error')).toEqual([]);
    expect(items).toHaveLength(dump.totalRows ?? -1);
    expect(dump.columns).toContain('texteHtml');
  });

  it('reads the two empty crpa dumps (valid 20-byte gzips) as zero rows', async () => {
    for (const file of ['crpa/crpa-2019-10-23T0421.jsonl.gz', 'crpa/crpa-2019-10-24T0421.jsonl.gz']) {
      expect(statSync(join(DUMPS, file)).size).toBe(20);
      expect(await readAll(join(DUMPS, file))).toEqual([]);
    }
  });

  it('describes a JSONL dump without counting it, and a parquet dump from its footer', async () => {
    const jsonl = await openDump(join(DUMPS, 'css/css-2023-05-14.jsonl.gz'));
    expect(jsonl).toMatchObject({ format: 'jsonl.gz', totalRows: null, columns: null });
    const parquet = await openDump(join(DUMPS, 'css/css-2023-05-14.parquet'));
    expect(parquet).toMatchObject({ format: 'parquet', totalRows: 7257 });
    expect(parquet.columns).toHaveLength(42);
  });
});
