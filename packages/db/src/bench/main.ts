import { bestOf, printRows, type BenchRow } from '@legifeed/bench-kit';
import { parseDump, type ArticleVersion } from '@legifeed/parser';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../connection/create-database.js';
import type { DatabaseKind } from '../connection/database.js';
import { createScratchPostgresDatabase, createScratchStorage } from '../testing/scratch-storage.js';
import { measureCopyFloor } from './copy-floor.js';
import { timeStoringDump } from './store-dump.js';

/**
 * The storage layer's benchmark: writing the 7,257 versions of css-2023-05-14 (already parsed) as an accepted
 * dump, first into an empty database, then again unchanged, on PostgreSQL and on PGlite, against the floor of
 * `psql \copy` of the same JSONL into a jsonb table, measured in the same run. Best of RUNS each.
 */
const RUNS = 3;
const DUMP = fileURLToPath(new URL('../../../../../shared/dumps/css/css-2023-05-14.jsonl.gz', import.meta.url));
const TARGETS: Record<DatabaseKind, { first: number; unchanged: number }> = {
  postgres: { first: 2.5, unchanged: 1 },
  pglite: { first: 4, unchanged: 1.5 },
};

async function storeTwice(kind: DatabaseKind, versions: readonly ArticleVersion[]) {
  const scratch = await createScratchStorage(kind);
  const database = await createDatabase(scratch.config);
  try {
    const first = await timeStoringDump(database, DUMP, versions);
    const unchanged = await timeStoringDump(database, DUMP, versions);
    process.stderr.write(`db bench: ${kind} first ${first.toFixed(2)} s, unchanged ${unchanged.toFixed(2)} s\n`);
    return { first, unchanged };
  } finally {
    await database.close();
    await scratch.drop();
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
      const { url, drop } = await createScratchPostgresDatabase();
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
  printRows(rows);
}

await main();
