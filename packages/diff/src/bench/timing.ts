/** Milliseconds `run` takes: the median of `runs` runs, `beforeEach` run untimed before each. */
export function medianMs(runs: number, run: () => unknown, beforeEach: () => void = () => {}): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    beforeEach();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return percentile(times, 0.5);
}

/** A full collection when node runs with --expose-gc (as scripts/bench.mjs runs it), so runs start even. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The value below which `share` of the values fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}
