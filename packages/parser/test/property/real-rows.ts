import { join } from 'node:path';
import { REQUIRED_COLUMNS } from '../../src/columns.js';
import { readDump } from '../../src/read/open-dump.js';
import type { RawRow } from '../../src/types.js';
import { DUMPS } from '../read/dumps.js';

/** Rows from each kind of real dump, as the readers give them (numbers from JSON lines, BigInts from parquet). */
const SOURCES: ReadonlyArray<{ file: string; rows: number }> = [
  { file: 'cgct/cgct-sample.jsonl', rows: 100 },
  { file: 'cgct/cgct-sample.parquet', rows: 100 },
  { file: 'crpa/crpa-2024-07-27T1514.jsonl.gz', rows: 500 },
  // The head of the css dump has its tables, links and notas; reading all 30 MB would only slow the suite.
  { file: 'css/css-2023-05-14.jsonl.gz', rows: 600 },
];

export async function realRows(): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for (const { file, rows: wanted } of SOURCES) {
    let taken = 0;
    for await (const item of readDump(join(DUMPS, file))) {
      if (item.kind === 'row') rows.push(item.raw);
      if (++taken === wanted) break;
    }
  }
  return rows;
}

/** The dataset's columns, as the real rows have them, and the required ones. */
export function knownColumns(rows: readonly RawRow[]): ReadonlySet<string> {
  return new Set([...REQUIRED_COLUMNS, ...rows.flatMap((row) => Object.keys(row))]);
}
