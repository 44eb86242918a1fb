import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openDump } from '../../src/read/open-dump.js';
import { DumpReadError } from '../../src/types.js';
import { BAD_INPUT, DUMPS, readAll, readUntilFailure } from './dumps.js';

const scratch = mkdtempSync(join(tmpdir(), 'legifeed-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a line that is not a JSON object', () => {
  it('is an error for that row only; the rows around it are read', async () => {
    const file = join(BAD_INPUT, 'invalid-json-line.jsonl');
    const items = await readAll(file);
    expect(items.map((item) => [item.kind, item.row])).toEqual([
      ['row', 1],
      ['error', 2],
      ['row', 3],
    ]);
    expect(items[1]).toMatchObject({ file, row: 2, field: 'json', message: expect.stringMatching(/^invalid JSON/) });
    expect(items[2]).toMatchObject({ raw: { num: 'L100-3' } });
  });

  it('is an error when the line is valid JSON but not an object', async () => {
    const file = join(BAD_INPUT, 'non-object-values.jsonl');
    const items = await readAll(file);
    expect(items).toMatchObject([
      { kind: 'row', row: 1, raw: { num: 'L100-1' } },
      { kind: 'error', file, row: 2, field: 'json', message: 'expected a JSON object, found null' },
      { kind: 'error', file, row: 3, field: 'json', message: 'expected a JSON object, found an array' },
      { kind: 'error', file, row: 4, field: 'json', message: 'expected a JSON object, found a string' },
      { kind: 'row', row: 5, raw: { num: 'L100-2' } },
    ]);
  });
});

describe('a file that cannot be read whole', () => {
  it('truncated gzip: the rows before the cut, then one DumpReadError naming the file', async () => {
    const file = join(BAD_INPUT, 'truncated.jsonl.gz');
    const { items, error } = await readUntilFailure(file);
    const complete = await readAll(join(DUMPS, 'crpa/crpa-2024-07-27T1514.jsonl.gz'));
    expect(items).toEqual(complete.slice(0, 14));
    expect(error).toBeInstanceOf(DumpReadError);
    expect(error).toMatchObject({ file, message: `${file}: truncated gzip: unexpected end of file` });
  });

  it('a large truncated gzip still yields every line completed before the cut', async () => {
    const whole = readFileSync(join(DUMPS, 'css/css-2023-05-14.jsonl.gz'));
    const file = join(scratch, 'css-first-megabyte.jsonl.gz');
    writeFileSync(file, whole.subarray(0, 1_000_000));
    const decodable = gunzipSync(whole.subarray(0, 1_000_000), { finishFlush: constants.Z_SYNC_FLUSH });
    const completeLines = decodable.toString('utf8').split('\n').length - 1;
    const { items, error } = await readUntilFailure(file);
    expect(items.filter((item) => item.kind === 'row')).toHaveLength(completeLines);
    expect(completeLines).toBeGreaterThan(1000);
    expect(error).toMatchObject({ name: 'DumpReadError', file, message: expect.stringContaining('truncated gzip') });
  });

  it('a .jsonl.gz that is not gzip at all', async () => {
    const file = join(scratch, 'plain.jsonl.gz');
    writeFileSync(file, readFileSync(join(BAD_INPUT, 'non-object-values.jsonl')));
    const { items, error } = await readUntilFailure(file);
    expect(items).toEqual([]);
    expect(error).toMatchObject({ name: 'DumpReadError', file, message: expect.stringContaining('corrupt gzip') });
  });

  it('truncated parquet (no footer) fails at opening, naming the file', async () => {
    const file = join(BAD_INPUT, 'truncated.parquet');
    await expect(openDump(file)).rejects.toMatchObject({
      name: 'DumpReadError',
      file,
      message: expect.stringContaining('not a readable parquet file'),
    });
  });

  it('a parquet file missing its last bytes (bad magic) fails the same way', async () => {
    const file = join(scratch, 'cut-short.parquet');
    const whole = readFileSync(join(DUMPS, 'cgct/cgct-sample.parquet'));
    writeFileSync(file, whole.subarray(0, whole.length - 10));
    await expect(readAll(file)).rejects.toMatchObject({ name: 'DumpReadError', file });
  });

  it('a missing file', async () => {
    const file = join(scratch, 'absent.jsonl.gz');
    await expect(readAll(file)).rejects.toThrow(new DumpReadError(file, 'no such file'));
  });

  it('an unknown extension', async () => {
    const file = join(DUMPS, 'css/css-2023-05-14.csv');
    await expect(readAll(file)).rejects.toMatchObject({
      name: 'DumpReadError',
      file,
      message: expect.stringContaining('unknown dump format'),
    });
  });
});
