import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawHash } from '../../src/normalise/hashes.js';
import { normaliseRow } from '../../src/normalise/normalise-row.js';
import type { RawRow } from '../../src/types.js';
import { hostileHtml } from './html-hazards.js';
import { propertyRuns } from './property-runs.js';
import { knownColumns, realRows } from './real-rows.js';
import { asVersion, expectSoundVersion } from './row-outcome.js';
import { mutatedRow, withValue } from './row-mutations.js';

const rows = await realRows();
const columns = knownColumns(rows);
const AT = { file: 'dumps/property.jsonl', row: 3 };

/** A real row whose texteHtml, and sometimes notaHtml, is made hostile (see html-hazards.ts). */
const hostileRow = fc.constantFrom(...rows).chain((row) =>
  fc
    .tuple(hostileHtml(String(row.texteHtml)), fc.option(hostileHtml(String(row.notaHtml ?? ''))))
    .map(([texteHtml, notaHtml]) => withValue(withValue(row, 'texteHtml', texteHtml), 'notaHtml', notaHtml ?? row.notaHtml)),
);

/** The same row with its columns in another order. */
function reordered(raw: RawRow): fc.Arbitrary<RawRow> {
  const keys = Object.keys(raw);
  return fc
    .shuffledSubarray(keys, { minLength: keys.length })
    .map((order) => Object.fromEntries(order.map((key) => [key, raw[key]])));
}

describe('a normalised version', () => {
  it('from any texteHtml and notaHtml: alinéas trimmed and joined into text, HTML sanitised, hashes sha256', () => {
    fc.assert(
      fc.property(hostileRow, (raw) => expectSoundVersion(asVersion(normaliseRow(raw, AT)))),
      propertyRuns(400),
    );
  });

  it('is the same when normalised again, and whatever the order of the columns', () => {
    const anyRow = fc.oneof(hostileRow, mutatedRow(rows, [...columns]).map(({ raw }) => raw));
    fc.assert(
      fc.property(
        anyRow.chain((raw) => reordered(raw).map((other) => [raw, other] as const)),
        ([raw, other]) => {
          const first = normaliseRow(raw, AT);
          expect(normaliseRow(raw, AT)).toEqual(first);
          expect(normaliseRow(other, AT)).toEqual(first);
        },
      ),
      propertyRuns(300),
    );
  });
});

describe('rawHash', () => {
  it('ignores the order of the columns, for rows of any shape', () => {
    const anyRow = fc.object({ maxDepth: 2, withBigInt: true, withNullPrototype: true });
    fc.assert(
      fc.property(
        anyRow.chain((raw) => reordered(raw).map((other) => [raw, other] as const)),
        ([raw, other]) => {
          expect(rawHash(other)).toBe(rawHash(raw));
        },
      ),
      propertyRuns(300),
    );
  });
});
