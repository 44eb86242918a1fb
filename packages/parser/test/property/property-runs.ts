/** The seed CI runs with, so that a failure there replays anywhere. */
const FIXED_SEED = 20_240_727;

/**
 * fast-check's settings for one property: a fixed seed by default, so runs are reproducible;
 * LEGIFEED_PROPERTY_SEED=<integer> explores other inputs locally.
 */
export function propertyRuns(numRuns: number): { numRuns: number; seed: number } {
  const seed = process.env.LEGIFEED_PROPERTY_SEED;
  return { numRuns, seed: seed === undefined ? FIXED_SEED : Number(seed) };
}
