import type { ReadItem } from '../types.js';

/** A parsed value becomes a row only when it is a JSON object; anything else is a row-level error. */
export function toReadItem(value: unknown, file: string, row: number): ReadItem {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { kind: 'row', row, raw: value as Record<string, unknown> };
  }
  const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
  return { kind: 'error', file, row, field: 'json', message: `expected a JSON object, found ${found}` };
}
