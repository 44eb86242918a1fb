import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../src/article-diff/apply-diff.js';
import { diffArticle } from '../../src/article-diff/diff-article.js';
import { comparisonKey } from '../../src/article-diff/tokenize.js';
import type { ArticleDiff } from '../../src/types.js';
import { propertyRuns } from './property-runs.js';
import { realWordings } from './real-wordings.js';
import { plainPairs, retypeset, typographicPairs, type WordingPair } from './wording-pairs.js';
import { anyWording } from './wordings.js';

const real = await realWordings();
const anyPair = fc.tuple(anyWording, anyWording);

/** The default bounds, or bounds so tight that word diffs give up (alinéas replaced) or the alignment does. */
const bounds = fc.oneof(
  { arbitrary: fc.constant({}), weight: 3 },
  fc.record({ maxEditLength: fc.integer({ min: 0, max: 12 }) }),
  fc.constant({ timeoutMs: 0 }),
);

const keysOf = (paragraphs: readonly string[]): string[] => paragraphs.map(comparisonKey);
const isKeyForm = (paragraphs: readonly string[]): boolean => paragraphs.every((paragraph) => paragraph === comparisonKey(paragraph));

/** Each alinéa of either side exactly once, in reading order, its ops those its status allows. */
function expectWellFormed(diff: ArticleDiff, [a, b]: WordingPair): void {
  const oldIndexes = diff.alineas.flatMap((alinea) => (alinea.oldIndex === null ? [] : [alinea.oldIndex]));
  const newIndexes = diff.alineas.flatMap((alinea) => (alinea.newIndex === null ? [] : [alinea.newIndex]));
  expect(oldIndexes).toEqual(a.map((_, index) => index));
  expect(newIndexes).toEqual(b.map((_, index) => index));
  for (const { status, oldIndex, newIndex, ops } of diff.alineas) {
    const kinds = new Set(ops.map((op) => op.op));
    expect(ops.every((op) => op.text !== ''), 'no empty op').toBe(true);
    if (status === 'unchanged') expect([...kinds].filter((kind) => kind !== 'equal')).toEqual([]);
    if (status === 'added') expect({ oldIndex, kinds: [...kinds].filter((kind) => kind !== 'insert') }).toEqual({ oldIndex: null, kinds: [] });
    if (status === 'removed') expect({ newIndex, kinds: [...kinds].filter((kind) => kind !== 'delete') }).toEqual({ newIndex: null, kinds: [] });
    if (status === 'modified' || status === 'replaced') expect(oldIndex !== null && newIndex !== null).toBe(true);
  }
}

function expectStats(diff: ArticleDiff, [a, b]: WordingPair): void {
  const { alineasTouched, wordsAdded, wordsRemoved } = diff.stats;
  for (const count of [alineasTouched, wordsAdded, wordsRemoved]) expect(Number.isInteger(count) && count >= 0).toBe(true);
  expect(alineasTouched).toBe(diff.alineas.filter((alinea) => alinea.status !== 'unchanged').length);
  const compareEqual = keysOf(a).join('\n') === keysOf(b).join('\n') && a.length === b.length;
  if (compareEqual) {
    expect(diff.stats).toEqual({ alineasTouched: 0, wordsAdded: 0, wordsRemoved: 0 });
  } else {
    expect(diff.alineas.some((alinea) => alinea.status !== 'unchanged'), 'different wordings are not all unchanged').toBe(true);
  }
}

describe('diffArticle, then applyDiff', () => {
  it('on wordings written as the parser writes them: gives back both wordings exactly, whatever the bounds', () => {
    fc.assert(
      fc.property(plainPairs(real), bounds, (pair, options) => {
        const [a, b] = pair;
        expect(isKeyForm(a) && isKeyForm(b)).toBe(true);
        const diff = diffArticle(a, b, options);
        expect(applyDiff(diff)).toEqual({ oldParagraphs: a, newParagraphs: b });
        expectWellFormed(diff, pair);
        expectStats(diff, pair);
      }),
      propertyRuns(500),
    );
  });

  it('on wordings with typography and any characters: gives back the new wording exactly, the old one up to typography', () => {
    fc.assert(
      fc.property(fc.oneof(typographicPairs, anyPair), (pair) => {
        const [a, b] = pair;
        const diff = diffArticle(a, b);
        const { oldParagraphs, newParagraphs } = applyDiff(diff);
        expect(newParagraphs).toEqual(b);
        expect(keysOf(oldParagraphs)).toEqual(keysOf(a));
        expectWellFormed(diff, pair);
        expectStats(diff, pair);
      }),
      propertyRuns(400),
    );
  });

  it('shows a rewrite in typography alone as no change at all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...real.articles), fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), (a, choices) => {
        const b = retypeset(a, choices);
        const diff = diffArticle(a, b);
        expect(diff.alineas.every((alinea) => alinea.status === 'unchanged')).toBe(true);
        expect(diff.stats).toEqual({ alineasTouched: 0, wordsAdded: 0, wordsRemoved: 0 });
        expect(applyDiff(diff).newParagraphs).toEqual(b);
      }),
      propertyRuns(200),
    );
  });
});
