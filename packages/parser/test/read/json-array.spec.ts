import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDump } from '../../src/read/open-dump.js';
import type { RawRow } from '../../src/types.js';
import { DUMPS, readAll, readUntilFailure } from './dumps.js';

const scratch = mkdtempSync(join(tmpdir(), 'legifeed-json-array-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cgctRows(): Promise<RawRow[]> {
  return (await readAll(join(DUMPS, 'cgct/cgct-sample.jsonl'))).map((item) => {
    if (item.kind !== 'row') throw new Error(`cgct sample row ${item.row}: ${item.message}`);
    return item.raw;
  });
}

describe('a .json dump (one top-level array)', () => {
  it('gives the same rows as the JSONL it was written from, numbered by position', async () => {
    const rows = await cgctRows();
    const file = join(scratch, 'cgct-sample.json');
    writeFileSync(file, JSON.stringify(rows, null, 2));
    const dump = await openDump(file);
    expect(dump).toMatchObject({ format: 'json', totalRows: null, columns: null });
    expect(await readAll(file)).toStrictEqual(rows.map((raw, index) => ({ kind: 'row', row: index + 1, raw })));
  });

  it('an element that is not an object is an error for that row', async () => {
    const [first, second] = await cgctRows();
    const file = join(scratch, 'with-null.json');
    writeFileSync(file, JSON.stringify([first, null, second]));
    expect(await readAll(file)).toMatchObject([
      { kind: 'row', row: 1 },
      { kind: 'error', file, row: 2, field: 'json', message: 'expected a JSON object, found null' },
      { kind: 'row', row: 3 },
    ]);
  });

  it('a syntax error fails the file after the elements before it', async () => {
    const [first, second] = await cgctRows();
    const file = join(scratch, 'truncated.json');
    const text = JSON.stringify([first, second]);
    writeFileSync(file, text.slice(0, text.length - 100));
    const { items, error } = await readUntilFailure(file);
    expect(items).toEqual([{ kind: 'row', row: 1, raw: first }]);
    expect(error).toMatchObject({ name: 'DumpReadError', file, message: expect.stringContaining('invalid JSON') });
  });

  it('a top-level object is not a dump', async () => {
    const file = join(scratch, 'object.json');
    writeFileSync(file, JSON.stringify({ rows: [] }));
    await expect(readAll(file)).rejects.toMatchObject({
      name: 'DumpReadError',
      file,
      message: expect.stringContaining('expected a top-level JSON array'),
    });
  });

  it('an empty array is an empty dump', async () => {
    const file = join(scratch, 'empty.json');
    writeFileSync(file, '[]\n');
    expect(await readAll(file)).toEqual([]);
  });
});
