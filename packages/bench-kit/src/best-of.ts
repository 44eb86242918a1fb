/** Runs `measure` `runs` times, one after the other, and keeps the run whose `seconds` is lowest. */
export async function bestOf<T>(runs: number, measure: () => Promise<T>, seconds: (value: T) => number): Promise<T> {
  let best: T | undefined;
  for (let run = 0; run < runs; run += 1) {
    const value = await measure();
    if (best === undefined || seconds(value) < seconds(best)) best = value;
  }
  if (best === undefined) throw new Error(`bestOf: ${runs} runs, none measured`);
  return best;
}
