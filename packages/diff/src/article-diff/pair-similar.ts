import type { AlineaStep } from './align-alineas.js';
import { tokenize } from './tokenize.js';

/** Below this share of common words, two alinéas read better as one removed and one added than as a word diff. */
const MIN_SIMILARITY = 0.5;
/**
 * Pairing compares every removed alinéa with every added one of a run. Past this many comparisons (a run of
 * 200 × 200 alinéas, far beyond the 1,067-row table that is the largest article of the real dumps) the run is
 * left unpaired, which is still an exact diff.
 */
const MAX_COMPARISONS = 40_000;
/** Longer alinéas are not compared (the longest real one is about 8,000 characters): they are never paired. */
const MAX_COMPARED_LENGTH = 100_000;

/**
 * Pairs the removed and added alinéas of one run that are similar enough to be word-diffed, keeping their
 * order (a monotone pairing with the greatest total similarity), and lists the run's steps in reading order.
 */
export function pairSimilar(
  removed: readonly number[],
  added: readonly number[],
  oldKeys: readonly string[],
  newKeys: readonly string[],
): AlineaStep[] {
  const pairs =
    removed.length === 0 || added.length === 0 || removed.length * added.length > MAX_COMPARISONS
      ? []
      : bestPairs(removed.map((i) => wordBag(oldKeys[i] ?? '')), added.map((i) => wordBag(newKeys[i] ?? '')));

  const steps: AlineaStep[] = [];
  let nextRemoved = 0;
  let nextAdded = 0;
  for (const [r, a] of [...pairs, [removed.length, added.length] as const]) {
    for (; nextRemoved < r; nextRemoved += 1) steps.push({ kind: 'removed', oldIndex: removed[nextRemoved] as number });
    for (; nextAdded < a; nextAdded += 1) steps.push({ kind: 'added', newIndex: added[nextAdded] as number });
    if (r < removed.length && a < added.length) {
      steps.push({ kind: 'paired', oldIndex: removed[r] as number, newIndex: added[a] as number });
      nextRemoved += 1;
      nextAdded += 1;
    }
  }
  return steps;
}

type WordBag = Map<string, number> | null;

/** The words of an alinéa key with their counts; null when the alinéa is too long to compare. */
function wordBag(key: string): WordBag {
  if (key.length > MAX_COMPARED_LENGTH) return null;
  const bag = new Map<string, number>();
  for (const token of tokenize(key)) {
    if (token.kind === 'word') bag.set(token.key, (bag.get(token.key) ?? 0) + 1);
  }
  return bag;
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
function similarity(a: WordBag, b: WordBag): number {
  if (a === null || b === null) return 0;
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const count of a.values()) sizeA += count;
  for (const [word, count] of b) {
    sizeB += count;
    common += Math.min(count, a.get(word) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * common) / (sizeA + sizeB);
}

/** Positions (in the removed and added lists) of the pairs, in order, by dynamic programming. */
function bestPairs(removed: readonly WordBag[], added: readonly WordBag[]): Array<readonly [number, number]> {
  const width = added.length + 1;
  const score = new Float64Array((removed.length + 1) * width);
  const pairScore = new Float64Array(removed.length * added.length);
  for (let r = 1; r <= removed.length; r += 1) {
    for (let a = 1; a <= added.length; a += 1) {
      const s = similarity(removed[r - 1] ?? null, added[a - 1] ?? null);
      pairScore[(r - 1) * added.length + (a - 1)] = s;
      const skip = Math.max(score[(r - 1) * width + a] as number, score[r * width + a - 1] as number);
      const take = s >= MIN_SIMILARITY ? (score[(r - 1) * width + a - 1] as number) + s : -1;
      score[r * width + a] = Math.max(skip, take);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  let r = removed.length;
  let a = added.length;
  while (r > 0 && a > 0) {
    const here = score[r * width + a] as number;
    const s = pairScore[(r - 1) * added.length + (a - 1)] as number;
    if (s >= MIN_SIMILARITY && here === (score[(r - 1) * width + a - 1] as number) + s) {
      pairs.push([r - 1, a - 1]);
      r -= 1;
      a -= 1;
    } else if (here === score[(r - 1) * width + a]) {
      r -= 1;
    } else {
      a -= 1;
    }
  }
  return pairs.reverse();
}
