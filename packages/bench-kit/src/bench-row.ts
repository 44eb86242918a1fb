/** One line of `node scripts/bench.mjs`'s table: a figure, the baseline measured in the same run, and its target. */
export interface BenchRow {
  suite: string;
  case: string;
  result: string;
  baseline: string;
  /** The figure over its baseline; null where the two do not compare. */
  ratio: number | null;
  target: string;
  ok: boolean;
}

/** Echoes each row on stderr for the reader, then prints them all as the last line of stdout for the runner. */
export function printRows(rows: readonly BenchRow[]): void {
  for (const row of rows) process.stderr.write(`${row.case}: ${row.result} vs ${row.baseline}\n`);
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}
