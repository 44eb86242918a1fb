import fc from 'fast-check';
import type { RawRow } from '../../src/types.js';
import { hostileHtml } from './html-hazards.js';
import { insertAt, misdecoded, strangeText } from './strange-text.js';

/** A column taken out of the row altogether. */
export const MISSING = Symbol('missing column');

/** 200 kB of real wording, markup and references, longer than any real article (extreme-html.spec.ts goes to 5 MB). */
const LONG_TEXT = "<p>Le maire peut, sous sa surveillance, déléguer l'exercice de l'article L. 2122-18 à un adjoint.</p>".repeat(2_000);

/** Values of the wrong type for any column, and the numbers that trouble date and version handling. */
const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, MISSING, true, false, 0, -0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, [], {}),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(['LEGIARTI000006389524'], { id: 'LEGIARTI000006389524' }, 8_640_000_000_000_001, -8_640_000_000_000_000),
);

/** The column's own value, damaged: cut, padded, garbled, re-encoded, or made long. */
function damagedString(original: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat().map((length) => original.slice(0, length % (original.length + 1))),
    fc.tuple(fc.nat(), strangeText(20)).map(([position, garbage]) => insertAt(original, position, garbage)),
    fc.constantFrom(` ${original}`, `${original}\n`, `\u00a0${original}\u202f`, original.toLowerCase(), original.toUpperCase()),
    misdecoded(original),
    strangeText(60),
    fc.constant(LONG_TEXT),
  );
}

/** A value that a broken or hostile dump could hold for this column, given what the real row holds. */
export function brokenValue(column: string, original: unknown): fc.Arbitrary<unknown> {
  if (typeof original !== 'string') return fc.oneof(wrongType, strangeText(40));
  const isHtml = column === 'texteHtml' || column === 'notaHtml';
  return fc.oneof(wrongType, isHtml ? hostileHtml(original) : damagedString(original));
}

export interface MutatedRow {
  raw: RawRow;
  /** The columns changed (or taken out, or added). */
  columns: string[];
}

/** `row` with one value replaced, or its column removed when the value is MISSING. */
export function withValue(row: RawRow, column: string, value: unknown): RawRow {
  const changed = { ...row };
  if (value === MISSING) delete changed[column];
  else changed[column] = value;
  return changed;
}

/**
 * A real row with one to four columns broken (`columns` to choose from; a column the dataset does not have can
 * be added too).
 */
export function mutatedRow(rows: readonly RawRow[], columns: readonly string[]): fc.Arbitrary<MutatedRow> {
  return fc.constantFrom(...rows).chain((row) =>
    fc
      .array(
        fc.constantFrom(...columns, 'colonneInconnue').chain((column) =>
          brokenValue(column, row[column]).map((value) => [column, value] as const),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((edits) => ({
        raw: edits.reduce<RawRow>((raw, [column, value]) => withValue(raw, column, value), row),
        columns: [...new Set(edits.map(([column]) => column))],
      })),
  );
}
