import type { RawRow } from '../types.js';

/** A field of the row that cannot be used; `normaliseRow` turns it into a RowError for that row. */
export class InvalidField extends Error {
  constructor(
    readonly field: string,
    expected: string,
    found: unknown,
  ) {
    super(`expected ${expected}, found ${describe(found)}`);
    this.name = 'InvalidField';
  }
}

const SHOWN_CHARACTERS = 60;

/** A value as an error message shows it: its type, and a string's beginning. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the column is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > SHOWN_CHARACTERS ? `${value.slice(0, SHOWN_CHARACTERS)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return `the ${typeof value} ${String(value)}`;
  }
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

export function requiredString(raw: RawRow, field: string): string {
  const value = raw[field];
  if (typeof value !== 'string') throw new InvalidField(field, 'a string', value);
  return value;
}

/** An optional column: the dataset's nulls, a missing column, or another type all read as "not given". */
export function optionalString(raw: RawRow, field: string): string | null {
  const value = raw[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
