import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../src/article-diff/apply-diff.js';
import { diffArticle } from '../../src/article-diff/diff-article.js';
import { comparisonKey } from '../../src/article-diff/tokenize.js';
import { DUMPS, readVersions, sameWording, type WordingPair, wordingPairs } from './real-pairs.js';

/**
 * The property every diff must have, on every pair of wordings of the same article in the real dumps:
 * applying it gives back both wordings exactly; it is empty only when the wordings compare equal; and the
 * default edit-length bound never cuts a real diff short (with time unbounded, it changes nothing).
 */
function checkEveryPair(pairs: readonly WordingPair[]): WordingPair[] {
  const changed: WordingPair[] = [];
  for (const pair of pairs) {
    const { num, before, after } = pair;
    const diff = diffArticle(before.paragraphs, after.paragraphs);
    expect(applyDiff(diff), num).toEqual({ oldParagraphs: before.paragraphs, newParagraphs: after.paragraphs });
    const comparesEqual = before.paragraphs.map(comparisonKey).join('\n') === after.paragraphs.map(comparisonKey).join('\n');
    if (comparesEqual) {
      expect(diff.alineas.every((alinea) => alinea.status === 'unchanged'), num).toBe(true);
      continue;
    }
    changed.push(pair);
    expect(diff.stats.alineasTouched, num).toBeGreaterThan(0);
    expect(diff.alineas.some((alinea) => alinea.ops.some((op) => op.op !== 'equal')), num).toBe(true);
    const unhurried = diffArticle(before.paragraphs, after.paragraphs, { timeoutMs: Number.POSITIVE_INFINITY });
    const unbounded = diffArticle(before.paragraphs, after.paragraphs, {
      timeoutMs: Number.POSITIVE_INFINITY,
      maxEditLength: Number.POSITIVE_INFINITY,
    });
    expect(unhurried, num).toEqual(unbounded);
  }
  return changed;
}

describe('article diffs on real pairs of dumps', () => {
  it('css 2020-06-18 → 2023-05-14: every changed article round-trips, every unchanged one is all unchanged', async () => {
    const pairs = wordingPairs(await readVersions('css/css-2020-06-18.jsonl.gz'), await readVersions('css/css-2023-05-14.jsonl.gz'));
    expect(pairs.filter((pair) => !sameWording(pair))).toHaveLength(941);
    expect(checkEveryPair(pairs)).toHaveLength(941);
  });

  it('cgct-history 2002-01-01 → 2005-01-01: every pair round-trips', async () => {
    const pairs = wordingPairs(
      await readVersions('cgct-history/cgct-history-2002-01-01.jsonl.gz'),
      await readVersions('cgct-history/cgct-history-2005-01-01.jsonl.gz'),
    );
    const changed = checkEveryPair(pairs);
    // 551 articles amended (README); R3334-1 is listed twice in 2005, with two new wordings.
    expect(new Set(changed.map((pair) => pair.before.cid)).size).toBe(551);
    expect(changed).toHaveLength(552);
  });

  it('crpa, each snapshot against the last non-empty one before it: every pair round-trips', async () => {
    const snapshots = readdirSync(`${DUMPS}crpa`)
      .filter((file) => file.endsWith('.jsonl.gz'))
      .sort();
    const changed: WordingPair[] = [];
    let previous = await readVersions(`crpa/${snapshots[0]}`);
    for (const snapshot of snapshots.slice(1)) {
      const next = await readVersions(`crpa/${snapshot}`);
      // Two snapshots are empty (a failed fetch): the one after them is compared with the one before.
      if (next.length === 0) continue;
      changed.push(...checkEveryPair(wordingPairs(previous, next)));
      previous = next;
    }
    expect(changed).toHaveLength(71);
  });
});
