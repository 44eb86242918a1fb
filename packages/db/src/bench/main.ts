import { parseDump, type ArticleVersion } from '@legifeed/parser';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase } from '../connection/create-database.js';
import type { Database, DatabaseKind } from '../connection/database.js';
import { measureCopyFloor } from './copy-floor.js';
import { timeStoringDump } from './store-dump.js';

/**
 * The storage layer's benchmark: writing the 7,257 versions of css-2023-05-14 (already parsed) as an accepted
 * dump, first into an empty database, then again unchanged, on PostgreSQL and on PGlite, against the floor of
 * `psql \copy` of the same JSONL into a jsonb table, measured in the same run. Best of RUNS each.
 */
const RUNS = 3;
const DUMP = fileURLToPath(new URL('../../../../../shared/dumps/css/css-2023-05-14.jsonl.gz', import.meta.url));
const ADMIN_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGETS: Record<DatabaseKind, { first: number; unchanged: number }> = {
  postgres: { first: 2.5, unchanged: 1 },
  pglite: { first: 4, unchanged: 1.5 },
};

interface BenchRow {
  suite: string;
  case: string;
  result: string;
  baseline: string;
  ratio: number | null;
  target: string;
  ok: boolean;
}

interface Scratch {
  open(): Promise<Database>;
  destroy(): Promise<void>;
}

async function scratchDatabase(kind: DatabaseKind): Promise<Scratch> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-db-bench-'));
    return { open: () => createDatabase({ dataDir }), destroy: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const { url, drop } = await scratchPostgres();
  return { open: () => createDatabase({ url }), destroy: drop };
}

async function scratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `legifeed_bench_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database ${name} with (force)`) };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function bestOf<T>(runs: number, measure: () => Promise<T>, seconds: (value: T) => number): Promise<T> {
  let best: T | undefined;
  for (let run = 0; run < runs; run += 1) {
    const value = await measure();
    if (best === undefined || seconds(value) < seconds(best)) best = value;
  }
  return best!;
}

async function storeTwice(kind: DatabaseKind, versions: readonly ArticleVersion[]) {
  const scratch = await scratchDatabase(kind);
  const database = await scratch.open();
  try {
    const first = await timeStoringDump(database, DUMP, versions);
    const unchanged = await timeStoringDump(database, DUMP, versions);
    process.stderr.write(`db bench: ${kind} first ${first.toFixed(2)} s, unchanged ${unchanged.toFixed(2)} s\n`);
    return { first, unchanged };
  } finally {
    await database.close();
    await scratch.destroy();
  }
}

function row(label: string, seconds: number, floor: number, maxRatio: number): BenchRow {
  const ratio = seconds / floor;
  return {
    suite: 'db',
    case: label,
    result: `${seconds.toFixed(2)} s`,
    baseline: `psql \\copy into jsonb ${floor.toFixed(2)} s`,
    ratio,
    target: `≤ ${maxRatio}× floor`,
    ok: ratio <= maxRatio,
  };
}

async function main(): Promise<void> {
  const parsed = parseDump(DUMP);
  const versions: ArticleVersion[] = [];
  for await (const batch of parsed.batches()) versions.push(...batch);
  process.stderr.write(`db bench: ${versions.length} versions parsed\n`);

  const floor = await bestOf(
    RUNS,
    async () => {
      const { url, drop } = await scratchPostgres();
      try {
        return await measureCopyFloor(url, DUMP);
      } finally {
        await drop();
      }
    },
    (seconds) => seconds,
  );
  process.stderr.write(`db bench: floor ${floor.toFixed(2)} s\n`);

  const rows: BenchRow[] = [];
  for (const kind of ['postgres', 'pglite'] as const) {
    const best = await bestOf(
      RUNS,
      () => storeTwice(kind, versions),
      (times) => times.first,
    );
    const target = TARGETS[kind];
    rows.push(row(`store css-2023 versions, first time (${kind})`, best.first, floor, target.first));
    rows.push(row(`store css-2023 versions, unchanged (${kind})`, best.unchanged, floor, target.unchanged));
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

await main();
