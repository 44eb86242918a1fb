import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newTextOf } from '../../src/article-diff/apply-diff.js';
import { diffArticle } from '../../src/article-diff/diff-article.js';
import { comparisonKey } from '../../src/article-diff/tokenize.js';
import { renderDiffHtml } from '../../src/render/html.js';
import { renderDiffPatch } from '../../src/render/patch.js';
import { summariseDiff } from '../../src/render/summary.js';
import { propertyRuns } from './property-runs.js';
import { realWordings } from './real-wordings.js';
import { asParsed, readDiffHtml, readPatch } from './rendered-diff.js';
import { plainPairs, typographicPairs } from './wording-pairs.js';
import { anyWording } from './wordings.js';

const real = await realWordings();
/** Alinéas never hold a line break (the parser splits at them), so every pair but the any-character one. */
const pairs = fc.oneof(plainPairs(real), typographicPairs);

describe('renderDiffHtml', () => {
  it('is well-formed HTML of <p>, <del>, <ins> and hidden markers, one paragraph an alinéa, every text shown as written', () => {
    fc.assert(
      fc.property(fc.oneof(pairs, fc.tuple(anyWording, anyWording)), ([a, b]) => {
        const diff = diffArticle(a, b);
        const { faults, paragraphs } = readDiffHtml(renderDiffHtml(diff));
        expect(faults).toEqual([]);
        expect(paragraphs).toEqual(
          diff.alineas.map((alinea) => ({
            className: `diff-alinea diff-${alinea.status}`,
            text: asParsed(alinea.ops.map((op) => op.text).join('')),
          })),
        );
      }),
      propertyRuns(400),
    );
  });

  it('elides each run of unchanged alinéas into one "…" paragraph', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const diff = diffArticle(a, b);
        const { faults, paragraphs } = readDiffHtml(renderDiffHtml(diff, { unchanged: 'elide' }));
        expect(faults).toEqual([]);
        const statuses = diff.alineas.map((alinea) => alinea.status);
        const expected = statuses.filter((status, index) => status !== 'unchanged' || statuses[index - 1] !== 'unchanged');
        expect(paragraphs.map((paragraph) => paragraph.className)).toEqual(
          expected.map((status) => (status === 'unchanged' ? 'diff-alinea diff-elided' : `diff-alinea diff-${status}`)),
        );
      }),
      propertyRuns(200),
    );
  });
});

describe('renderDiffPatch', () => {
  it('is a unified diff from the old wording to the new, one line for each side of each alinéa changed', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const diff = diffArticle(a, b);
        const { header, hunks } = readPatch(renderDiffPatch(diff, { old: 'avant', new: 'après' }));
        expect(header).toEqual(['--- avant', '+++ après']);
        const changed = diff.alineas.filter((alinea) => alinea.status !== 'unchanged');
        const lines = hunks.flatMap((hunk) => hunk.lines);
        expect(lines.filter((line) => line.startsWith('-'))).toHaveLength(changed.filter((alinea) => alinea.oldIndex !== null).length);
        expect(lines.filter((line) => line.startsWith('+'))).toHaveLength(changed.filter((alinea) => alinea.newIndex !== null).length);
        // Applying the hunks to the old wording gives the new one; the old side compares up to typography.
        const patched: string[] = [];
        let consumed = 0;
        for (const hunk of hunks) {
          const oldLines = hunk.lines.filter((line) => !line.startsWith('+')).map((line) => line.slice(1));
          const newLines = hunk.lines.filter((line) => !line.startsWith('-')).map((line) => line.slice(1));
          expect([oldLines.length, newLines.length]).toEqual([hunk.oldCount, hunk.newCount]);
          const start = hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1;
          expect(oldLines.map(comparisonKey)).toEqual(a.slice(start, start + hunk.oldCount).map(comparisonKey));
          expect(hunk.newCount === 0 ? hunk.newStart : hunk.newStart - 1).toBe(patched.length + start - consumed);
          patched.push(...a.slice(consumed, start), ...newLines);
          consumed = start + hunk.oldCount;
        }
        patched.push(...a.slice(consumed));
        expect(patched.map(comparisonKey)).toEqual(b.map(comparisonKey));
        expect(lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1))).toEqual(
          changed.filter((alinea) => alinea.newIndex !== null).map(newTextOf),
        );
      }),
      propertyRuns(400),
    );
  });
});

describe('summariseDiff', () => {
  it('is one line, "aucune modification" exactly when no alinéa changed', () => {
    fc.assert(
      fc.property(fc.oneof(pairs, fc.tuple(anyWording, anyWording)), ([a, b]) => {
        const diff = diffArticle(a, b);
        const summary = summariseDiff(diff);
        expect(summary).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(summary.trim()).not.toBe('');
        expect(summary === 'aucune modification').toBe(diff.alineas.every((alinea) => alinea.status === 'unchanged'));
      }),
      propertyRuns(400),
    );
  });
});
