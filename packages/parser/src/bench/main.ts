import { measureInChild, printRows, type BenchRow } from '@legifeed/bench-kit';
import { fileURLToPath } from 'node:url';
import { CASES, measure, type CaseName, type Measurement } from './cases.js';

/**
 * The parser's benchmark: normalising css-2023-05-14 from JSONL.gz and from parquet against a floor measured in
 * the same run, and reading alone (raw rows, nothing else) to tell the readers' share from normalisation's.
 * Each case runs in its own child process, so each peak RSS is that case's alone. The cases take turns for
 * ROUNDS rounds, so that a change in the machine's load falls on all of them instead of on whichever ran during
 * it. A case's time is the best of all its runs (ROUNDS × RUNS_PER_CHILD); its peak RSS is the highest of its
 * children's, each over RUNS_PER_CHILD runs back to back, without forcing any garbage collection.
 * Run without arguments; a case name as the one argument runs that case and prints its Measurement.
 */
const ROUNDS = 3;
const RUNS_PER_CHILD = 3;
const RUNS = ROUNDS * RUNS_PER_CHILD;
const MAX_RATIO = 3;
const MAX_RSS_MB = 300;

function inChildProcess(name: CaseName): Promise<Measurement> {
  return measureInChild<Measurement>(fileURLToPath(import.meta.url), [name]);
}

/** Every case, ROUNDS times in turn; per case the best time and the highest peak RSS. */
async function measureInTurns(names: readonly CaseName[]): Promise<Record<CaseName, Measurement>> {
  const results = new Map<CaseName, Measurement>();
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const name of names) {
      const measured = await inChildProcess(name);
      process.stderr.write(`parser bench: round ${round}/${ROUNDS} ${name}: ${measured.seconds.toFixed(3)} s\n`);
      const previous = results.get(name);
      results.set(name, {
        rows: measured.rows,
        seconds: Math.min(measured.seconds, previous?.seconds ?? Infinity),
        maxRssKb: Math.max(measured.maxRssKb, previous?.maxRssKb ?? 0),
      });
    }
  }
  return Object.fromEntries(results) as Record<CaseName, Measurement>;
}

const rowsPerSecond = (m: Measurement) => `${Math.round(m.rows / m.seconds).toLocaleString('en')} rows/s`;
const megabytes = (m: Measurement) => m.maxRssKb / 1024;

function speedRow(label: string, measured: Measurement, floor: Measurement): BenchRow {
  const ratio = measured.seconds / floor.seconds;
  return {
    suite: 'parser',
    case: `normalise ${label}`,
    result: `${rowsPerSecond(measured)} (${measured.seconds.toFixed(3)} s, best of ${RUNS})`,
    baseline: `floor ${rowsPerSecond(floor)} (${floor.seconds.toFixed(3)} s, best of ${RUNS})`,
    ratio,
    target: `≤ ${MAX_RATIO}× floor`,
    ok: ratio <= MAX_RATIO,
  };
}

/** Reading alone has no target of its own: it shows how much of a normalising case the reader takes. */
function readerRow(label: string, measured: Measurement, floor: Measurement): BenchRow {
  return {
    ...speedRow(label, measured, floor),
    case: `read ${label} (no normalisation)`,
    target: 'none (reader share, for reference)',
    ok: true,
  };
}

function memoryRow(label: string, measured: Measurement, floor: Measurement): BenchRow {
  return {
    suite: 'parser',
    case: `peak RSS ${label}`,
    result: `${megabytes(measured).toFixed(0)} MB (highest of ${ROUNDS} processes)`,
    baseline: `floor ${megabytes(floor).toFixed(0)} MB`,
    ratio: megabytes(measured) / megabytes(floor),
    target: `< ${MAX_RSS_MB} MB`,
    ok: megabytes(measured) < MAX_RSS_MB,
  };
}

async function main(): Promise<void> {
  const [name] = process.argv.slice(2);
  if (name !== undefined) {
    if (!(name in CASES)) throw new Error(`unknown case ${name}; cases: ${Object.keys(CASES).join(', ')}`);
    process.stdout.write(`${JSON.stringify(await measure(name as CaseName, RUNS_PER_CHILD))}\n`);
    return;
  }
  const measured = await measureInTurns(Object.keys(CASES) as CaseName[]);
  const { floor } = measured;
  const rows = [
    speedRow('jsonl.gz', measured['normalise-jsonl.gz'], floor),
    speedRow('parquet', measured['normalise-parquet'], floor),
    memoryRow('jsonl.gz', measured['normalise-jsonl.gz'], floor),
    memoryRow('parquet', measured['normalise-parquet'], floor),
    readerRow('jsonl.gz', measured['read-jsonl.gz'], floor),
    readerRow('parquet', measured['read-parquet'], floor),
  ];
  printRows(rows);
}

await main();
