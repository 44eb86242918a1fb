import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUMPS, readAll } from './dumps.js';

const snapshots = [
  ['cgct/cgct-sample.jsonl', 'cgct/cgct-sample.parquet'],
  ['crpa/crpa-2024-07-27T1514.jsonl.gz', 'crpa/crpa-2024-07-27T1514.parquet'],
  ['css/css-2023-05-14.jsonl.gz', 'css/css-2023-05-14.parquet'],
] as const;

describe('the JSONL and parquet files of one snapshot', () => {
  it.each(snapshots)('%s and %s give equal raw rows in the same order', async (jsonl, parquet) => {
    const fromJsonl = await readAll(join(DUMPS, jsonl));
    const fromParquet = await readAll(join(DUMPS, parquet));
    expect(fromParquet.length).toBeGreaterThan(0);
    // toStrictEqual: a BigInt or Date left in a parquet row would not equal the JSONL number.
    expect(fromParquet).toStrictEqual(fromJsonl);
  });

  it('gives epoch milliseconds as numbers, and nulls, as the JSONL does', async () => {
    const [first] = await readAll(join(DUMPS, 'crpa/crpa-2024-07-27T1514.parquet'));
    expect(first).toMatchObject({
      kind: 'row',
      row: 1,
      raw: { id: 'LEGIARTI000031367304', dateDebut: 1451606400000, dateFin: 32472144000000, ordre: 1073741823 },
    });
    expect(first?.kind === 'row' && first.raw.versionPrecedente).toBeNull();
  });
});
