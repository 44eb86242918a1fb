import type { Database, RecordedDump } from '@legifeed/db';
import { recordRealDumps } from '@legifeed/db/testing';
import { join } from 'node:path';

/** Successive CRPA snapshots whose transitions bring created, amended, corrected, repeal_scheduled and repealed changes. */
export const CRPA_SNAPSHOTS = [
  'crpa-2022-07-03T0417.jsonl.gz',
  'crpa-2022-10-22T0448.jsonl.gz',
  'crpa-2022-12-19T0315.jsonl.gz',
  'crpa-2023-01-02T0315.jsonl.gz',
  'crpa-2023-05-16T0334.jsonl.gz',
] as const;

/** Records the snapshots in order from `dumpsDir` (the shared dumps' `crpa/` folder), for this app's tests and benchmark. */
export function ingestRealDumps(database: Database, dumpsDir: string, files: readonly string[] = CRPA_SNAPSHOTS): Promise<RecordedDump[]> {
  return recordRealDumps(database, files.map((file) => join(dumpsDir, file)));
}
