import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInChild, printRows, type BenchRow } from '@legifeed/bench-kit';
import { createDatabase } from '@legifeed/db';
import { createScratchPostgresDatabase, createScratchStorage, type ScratchStorage } from '@legifeed/db/testing';
import { databaseEnvOf } from '../storage/database-config.js';
import { copyFloorSeconds, gunzipTo } from './copy-floor.js';
import type { IngestMeasure } from './ingest-once.js';
import { benchWebhooks } from './webhooks.js';

/**
 * The ingest benchmark: whole runs (read, normalise, compare, store) of the css dumps (~7,000 articles), each in
 * a child process, on PostgreSQL and on PGlite, against the floor measured in the same run: `psql \copy` of the
 * same JSONL into a one-column jsonb table. Best of RUNS each.
 */
const RUNS = 2;
const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/css/', import.meta.url));
const CSS_2020 = `${DUMPS}css-2020-06-18.jsonl.gz`;
const CSS_2023 = `${DUMPS}css-2023-05-14.jsonl.gz`;
const INGEST_ONCE = fileURLToPath(new URL('./ingest-once.js', import.meta.url));
const MAX_RSS_MB = 400;
const BACKENDS = ['postgres', 'pglite'] as const;
type Backend = (typeof BACKENDS)[number];

/** Empty storage with its schema in place: creating it (PGlite's initdb above all) is not part of an ingest. */
async function scratchStorage(backend: Backend): Promise<ScratchStorage> {
  const scratch = await createScratchStorage(backend);
  await (await createDatabase(scratch.config)).close();
  return scratch;
}

async function ingestOnce(scratch: ScratchStorage, dump: string, expected: { changes: 'none' | 'some' }): Promise<IngestMeasure> {
  const env = { ...process.env, REDIS_URL: '', DATABASE_URL: '', LEGIFEED_SOURCES: '', ...databaseEnvOf(scratch.config) };
  const measure = await measureInChild<IngestMeasure>(INGEST_ONCE, [dump], env);
  if (measure.status !== 'completed' || (expected.changes === 'none') !== (measure.changes === 0)) {
    throw new Error(`${dump}: expected a completed run with ${expected.changes} changes, got ${JSON.stringify(measure)}`);
  }
  return measure;
}

interface BackendFigures {
  first: IngestMeasure;
  sameFile: IngestMeasure;
  sameRows: IngestMeasure;
  afterPrevious: IngestMeasure;
}

/** One round of every case on one backend, each on the storage its case needs. */
async function measureBackend(backend: Backend, css2023Jsonl: string): Promise<BackendFigures> {
  const fresh = await scratchStorage(backend);
  const history = await scratchStorage(backend);
  try {
    const first = await ingestOnce(fresh, CSS_2023, { changes: 'none' });
    const sameFile = await ingestOnce(fresh, CSS_2023, { changes: 'none' });
    const sameRows = await ingestOnce(fresh, css2023Jsonl, { changes: 'none' });
    await ingestOnce(history, CSS_2020, { changes: 'none' });
    const afterPrevious = await ingestOnce(history, CSS_2023, { changes: 'some' });
    const figures = { first, sameFile, sameRows, afterPrevious };
    const line = Object.entries(figures).map(
      ([name, measure]) => `${name} ${measure.seconds.toFixed(2)} s ${measure.peakRssMb.toFixed(0)} MB`,
    );
    process.stderr.write(`ingest bench: ${backend}: ${line.join(', ')}\n`);
    return figures;
  } finally {
    await fresh.drop();
    await history.drop();
  }
}

function best(rounds: readonly BackendFigures[], key: keyof BackendFigures): IngestMeasure {
  const measures = rounds.map((round) => round[key]);
  const fastest = measures.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...fastest, peakRssMb: Math.max(...measures.map((measure) => measure.peakRssMb)) };
}

/** `maxRatio` null: a figure to watch, with no target of its own (only its peak RSS has one). */
function timeRow(label: string, measure: IngestMeasure, floor: number, maxRatio: number | null): BenchRow {
  const ratio = measure.seconds / floor;
  const changes = measure.changes > 0 ? `, ${measure.changes.toLocaleString('en-US')} changes` : '';
  return {
    suite: 'ingest',
    case: label,
    result: `${measure.seconds.toFixed(2)} s${changes}`,
    baseline: `psql \\copy into jsonb ${floor.toFixed(2)} s`,
    ratio,
    target: maxRatio === null ? 'none' : `≤ ${maxRatio}× floor`,
    ok: maxRatio === null || ratio <= maxRatio,
  };
}

function rssRow(label: string, measure: IngestMeasure): BenchRow {
  return {
    suite: 'ingest',
    case: `peak RSS: ${label}`,
    result: `${measure.peakRssMb.toFixed(0)} MB`,
    baseline: '-',
    ratio: null,
    target: `< ${MAX_RSS_MB} MB`,
    ok: measure.peakRssMb < MAX_RSS_MB,
  };
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'legifeed-ingest-bench-'));
  try {
    // The same rows as css-2023-05-14.jsonl.gz in other bytes: re-ingesting it cannot take the sha256 shortcut.
    const css2023Jsonl = join(folder, 'css-2023-05-14.jsonl');
    await gunzipTo(CSS_2023, css2023Jsonl);
    const floors: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const { url, drop } = await createScratchPostgresDatabase();
      try {
        floors.push(await copyFloorSeconds(url, css2023Jsonl));
      } finally {
        await drop();
      }
    }
    const floor = Math.min(...floors);
    process.stderr.write(`ingest bench: floor ${floor.toFixed(2)} s\n`);

    const rows: BenchRow[] = [];
    for (const backend of BACKENDS) {
      const rounds: BackendFigures[] = [];
      for (let run = 0; run < RUNS; run += 1) rounds.push(await measureBackend(backend, css2023Jsonl));
      const cases: [keyof BackendFigures, string, number | null][] = [
        ['first', `first ingest of css-2023-05-14 (${backend})`, 3],
        ['sameFile', `same file again: sha256 shortcut (${backend})`, 1.5],
        ['sameRows', `same rows, other bytes: full unchanged re-ingest (${backend})`, 1.5],
        ['afterPrevious', `css-2023-05-14 after css-2020-06-18 (${backend})`, null],
      ];
      for (const [key, label, maxRatio] of cases) rows.push(timeRow(label, best(rounds, key), floor, maxRatio));
      for (const [key, label] of cases) rows.push(rssRow(label, best(rounds, key)));
    }
    rows.push(...(await benchWebhooks()));
    printRows(rows);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
