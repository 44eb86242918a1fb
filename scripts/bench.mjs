#!/usr/bin/env node
// Runs every workspace's benchmark (`dist/bench/main.js`, each in its own process so memory figures do not mix)
// and prints one table. Each benchmark writes its rows as one JSON array on its last line of stdout:
// [{ suite, case, result, baseline, ratio, target, ok }], ratio being result against the baseline measured in
// the same run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const benches = ['packages', 'apps']
  .flatMap((folder) => (existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : []))
  .map((dir) => join(dir, 'dist', 'bench', 'main.js'))
  .filter((file) => existsSync(file));

const rows = [];
for (const file of benches) {
  process.stderr.write(`bench: ${file}\n`);
  const output = execFileSync(process.execPath, ['--expose-gc', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = output.trim().split('\n').at(-1) ?? '[]';
  rows.push(...JSON.parse(last));
}

const columns = ['suite', 'case', 'result', 'baseline', 'ratio', 'target', 'ok'];
const cells = rows.map((row) =>
  columns.map((column) => {
    const value = row[column];
    if (column === 'ok') return value ? 'yes' : 'NO';
    if (column === 'ratio') return typeof value === 'number' ? `${value.toFixed(2)}×` : '';
    return String(value ?? '');
  }),
);
const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i].length)));
const line = (values) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`;
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of cells) console.log(line(row));
if (rows.some((row) => !row.ok)) process.exitCode = 1;
