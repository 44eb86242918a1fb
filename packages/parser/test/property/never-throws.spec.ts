import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUIRED_COLUMNS } from '../../src/columns.js';
import { normaliseRow } from '../../src/normalise/normalise-row.js';
import { isRowError, type RawRow } from '../../src/types.js';
import { BAD_INPUT, readUntilFailure } from '../read/dumps.js';
import { propertyRuns } from './property-runs.js';
import { knownColumns, realRows } from './real-rows.js';
import { asVersion, expectRowError, expectSoundVersion } from './row-outcome.js';
import { mutatedRow } from './row-mutations.js';
import { strangeText } from './strange-text.js';

const rows = await realRows();
const columns = knownColumns(rows);
const AT = { file: 'dumps/property.jsonl', row: 42 };

/** The columns normaliseRow checks; every other column may hold anything, or be missing. */
const CHECKED_COLUMNS: ReadonlySet<string> = new Set([...REQUIRED_COLUMNS, 'versionPrecedente']);

const anything = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withDate: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withTypedArray: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
});

/** Objects of any shape, their keys often the dataset's columns. */
const anyObject = fc.object({ key: fc.oneof(fc.constantFrom(...columns), fc.string()), values: [anything, strangeText(30)], maxKeys: 45 });

/**
 * Rows stitched from the real rows' values, column by column, some columns missing or holding anything: such
 * rows get past the first checks, so that every check is reached.
 */
const stitchedRow = fc.record(
  Object.fromEntries(
    [...columns].map((column) => {
      const values = [...new Set(rows.map((row) => row[column]))].slice(0, 40);
      return [column, fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 8 }, anything, strangeText(30))];
    }),
  ),
  { requiredKeys: [] },
);

describe('normaliseRow never throws', () => {
  it('on objects of any shape, and on rows stitched from real values: a version, or a RowError naming a column', () => {
    fc.assert(
      fc.property(fc.oneof(anyObject, stitchedRow), (raw) => {
        const result = normaliseRow(raw as RawRow, AT);
        if (isRowError(result)) expectRowError(result, AT, columns);
        else expectSoundVersion(result);
      }),
      propertyRuns(500),
    );
  });

  it('on real rows with columns broken: the RowError names a broken column, and only a checked one', () => {
    expect(rows.map((raw) => normaliseRow(raw, AT)).filter(isRowError)).toEqual([]);
    fc.assert(
      fc.property(mutatedRow(rows, [...columns]), ({ raw, columns: broken }) => {
        const result = normaliseRow(raw, AT);
        if (!isRowError(result)) return expectSoundVersion(result);
        expectRowError(result, AT, columns);
        expect(broken).toContain(result.field);
        expect(CHECKED_COLUMNS.has(result.field)).toBe(true);
      }),
      propertyRuns(400),
    );
  });

  it('on real rows with only unchecked columns broken: always a version', () => {
    const unchecked = [...columns].filter((column) => !CHECKED_COLUMNS.has(column));
    fc.assert(
      fc.property(mutatedRow(rows, unchecked), ({ raw }) => {
        const result = normaliseRow(raw, AT);
        expect(isRowError(result) ? `${result.field}: ${result.message}` : null).toBeNull();
      }),
      propertyRuns(300),
    );
  });
});

describe('the bad-input corpus', () => {
  it('every row it yields normalises; broken, those rows still never throw', async () => {
    const corpusRows: RawRow[] = [];
    for (const name of readdirSync(BAD_INPUT).filter((file) => file !== 'README.md')) {
      const file = join(BAD_INPUT, name);
      const { items } = await readUntilFailure(file);
      for (const item of items) {
        if (item.kind !== 'row') continue;
        expectSoundVersion(asVersion(normaliseRow(item.raw, { file, row: item.row })));
        corpusRows.push(item.raw);
      }
    }
    expect(corpusRows.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(mutatedRow(corpusRows, [...columns]), ({ raw, columns: broken }) => {
        const result = normaliseRow(raw, AT);
        if (isRowError(result)) expect(broken).toContain(result.field);
        else expectSoundVersion(result);
      }),
      propertyRuns(200),
    );
  });
});
