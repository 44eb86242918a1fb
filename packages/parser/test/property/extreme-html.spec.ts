import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseRow } from '../../src/normalise/normalise-row.js';
import type { RawRow } from '../../src/types.js';
import { propertyRuns } from './property-runs.js';
import { realRows } from './real-rows.js';
import { asVersion, expectSoundVersion } from './row-outcome.js';
import { withValue } from './row-mutations.js';

const rows = await realRows();
const [row] = rows as [RawRow];
const AT = { file: 'dumps/property.jsonl', row: 5 };

/** Elements of every role the normaliser gives: block, break, mark, table parts, list item, hidden, unknown. */
const ELEMENTS = [
  'p', 'div', 'span', 'font', 'a', 'br', 'b', 'em', 'sup', 'table', 'tbody', 'tr', 'td', 'th', 'ul', 'ol', 'li',
  'script', 'style', 'iframe', 'svg', 'template', 'x-unknown',
] as const;

/** `depth` elements, each opened around the next and `text`, cycling through `tags`; closed in order, or never. */
function nestedHtml(tags: readonly string[], depth: number, text: string, closed: boolean): string {
  const levels = Array.from({ length: depth }, (_, level) => tags[level % tags.length] as string);
  const opening = levels.map((tag) => `<${tag}>${text}`).join('');
  return closed ? opening + levels.reverse().map((tag) => `</${tag}>`).join('') : opening;
}

/** The real row with this texteHtml, normalised; it must be a sound version. */
function soundVersionOf(texteHtml: string) {
  const version = asVersion(normaliseRow(withValue(row, 'texteHtml', texteHtml), AT));
  expectSoundVersion(version);
  return version;
}

describe('extreme HTML', () => {
  it('a 5 MB article (real texts one after the other) normalises', () => {
    let texteHtml = '';
    for (let index = 0; texteHtml.length < 5_000_000; index += 1) texteHtml += String(rows[index % rows.length]?.texteHtml);
    const version = soundVersionOf(texteHtml);
    expect(version.text.length).toBeGreaterThan(3_000_000);
  });

  it('100 levels of any mix of elements, closed or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ELEMENTS), { minLength: 1, maxLength: 4 }), fc.boolean(), (tags, closed) => {
        soundVersionOf(nestedHtml(tags, 100, "l'article L. 1111-2 ", closed));
      }),
      propertyRuns(200),
    );
  });

  it.each(['p', 'div', 'span', 'a', 'b', 'table', 'td', 'li', 'script', 'x-unknown'])(
    '10,000 levels of <%s>, closed or not, do not overflow the stack',
    (tag) => {
      for (const closed of [true, false]) soundVersionOf(nestedHtml([tag], 10_000, 'alinéa ', closed));
    },
  );
});
