import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CASES, measure, type CaseName, type Measurement } from './cases.js';

/**
 * The parser's benchmark: normalising css-2023-05-14 from JSONL.gz and from parquet, against a floor measured
 * in the same run. Each case runs in its own process, so each peak RSS is that case's alone.
 * Run without arguments; a case name as the one argument runs that case and prints its Measurement.
 */
const RUNS = 5;
const MAX_RATIO = 3;
const MAX_RSS_MB = 300;

interface BenchRow {
  suite: string;
  case: string;
  result: string;
  baseline: string;
  ratio: number | null;
  target: string;
  ok: boolean;
}

async function inChildProcess(name: CaseName): Promise<Measurement> {
  process.stderr.write(`parser bench: ${name} (best of ${RUNS})\n`);
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`parser bench: case ${name} exited with ${code}`);
  return JSON.parse(output) as Measurement;
}

const rowsPerSecond = (m: Measurement) => `${Math.round(m.rows / m.seconds).toLocaleString('en')} rows/s`;
const megabytes = (m: Measurement) => m.maxRssKb / 1024;

function speedRow(label: string, measured: Measurement, floor: Measurement): BenchRow {
  const ratio = measured.seconds / floor.seconds;
  return {
    suite: 'parser',
    case: `normalise ${label}`,
    result: `${rowsPerSecond(measured)} (${measured.seconds.toFixed(2)} s)`,
    baseline: `floor ${rowsPerSecond(floor)} (${floor.seconds.toFixed(2)} s)`,
    ratio,
    target: `≤ ${MAX_RATIO}× floor`,
    ok: ratio <= MAX_RATIO,
  };
}

function memoryRow(label: string, measured: Measurement, floor: Measurement): BenchRow {
  return {
    suite: 'parser',
    case: `peak RSS ${label}`,
    result: `${megabytes(measured).toFixed(0)} MB`,
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
    process.stdout.write(`${JSON.stringify(await measure(name as CaseName, RUNS))}\n`);
    return;
  }
  const floor = await inChildProcess('floor');
  const jsonl = await inChildProcess('normalise-jsonl.gz');
  const parquet = await inChildProcess('normalise-parquet');
  const rows = [
    speedRow('jsonl.gz', jsonl, floor),
    speedRow('parquet', parquet, floor),
    memoryRow('jsonl.gz', jsonl, floor),
    memoryRow('parquet', parquet, floor),
  ];
  for (const row of rows) process.stderr.write(`${row.case}: ${row.result} vs ${row.baseline}\n`);
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

await main();
