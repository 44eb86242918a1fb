import { peakRssKb } from '@legifeed/bench-kit';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parseDump } from '../parse-dump.js';
import { readDump } from '../read/open-dump.js';

const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));
export const JSONL_GZ = `${DUMPS}css/css-2023-05-14.jsonl.gz`;
export const PARQUET = `${DUMPS}css/css-2023-05-14.parquet`;

/** What one child process measured. */
export interface Measurement {
  rows: number;
  /** Best of the child's runs, in seconds. */
  seconds: number;
  /** Peak resident set size of the whole process over all its runs, in kB. */
  maxRssKb: number;
}

/** The floor: what reading the dump costs at least (stream, gunzip, split, JSON.parse, sha256), nothing more. */
async function floor(): Promise<number> {
  const lines = createInterface({ input: createReadStream(JSONL_GZ).pipe(createGunzip()), crlfDelay: Infinity });
  let rows = 0;
  for await (const line of lines) {
    if (line === '') continue;
    JSON.parse(line);
    createHash('sha256').update(line).digest('hex');
    rows += 1;
  }
  return rows;
}

/** Full normalisation, every batch consumed; fails on any row error, since the figures would then mean less. */
async function normalise(source: string): Promise<number> {
  const parsed = parseDump(source);
  let versions = 0;
  for await (const batch of parsed.batches()) versions += batch.length;
  const { rowErrorCount, firstRowErrors } = parsed.report;
  if (rowErrorCount > 0) {
    throw new Error(`${source}: ${rowErrorCount} row errors, first: ${JSON.stringify(firstRowErrors[0])}`);
  }
  return versions;
}

/** Reading alone, raw rows and nothing else: tells the reader's share of a normalising case from the rest. */
async function read(source: string): Promise<number> {
  let rows = 0;
  for await (const item of readDump(source)) {
    if (item.kind === 'error') throw new Error(`${source}: row ${item.row}: ${item.message}`);
    rows += 1;
  }
  return rows;
}

export const CASES = {
  floor,
  'normalise-jsonl.gz': () => normalise(JSONL_GZ),
  'normalise-parquet': () => normalise(PARQUET),
  'read-jsonl.gz': () => read(JSONL_GZ),
  'read-parquet': () => read(PARQUET),
} satisfies Record<string, () => Promise<number>>;

export type CaseName = keyof typeof CASES;

export async function measure(name: CaseName, runs: number): Promise<Measurement> {
  let rows = 0;
  let seconds = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const start = process.hrtime.bigint();
    rows = await CASES[name]();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { rows, seconds, maxRssKb: peakRssKb() };
}
