import { createHash } from 'node:crypto';
import type { ArticleVersion, RawRow } from '../types.js';

/** The snapshot's label: different in every dump, so it would make every row look rewritten. */
const IGNORED_RAW_COLUMNS: ReadonlySet<string> = new Set(['refInjection']);

export type LegalContent = Pick<ArticleVersion, 'text' | 'notaText' | 'numKey' | 'validFrom' | 'validTo' | 'etat'>;

/**
 * sha256 over the legal content: equal hashes mean no legal change, whatever the source did to its HTML.
 * The short fields come first, length-prefixed (an open end as ""), then the lengths of the text and the nota,
 * then both: the long texts go to the hash as they are, without being copied into one string.
 */
export function contentHash(content: LegalContent): string {
  const { text, notaText, numKey, validFrom, validTo, etat } = content;
  const header = [numKey, validFrom, validTo ?? '', etat].map(lengthPrefixed).join('');
  return createHash('sha256').update(`${header}${text.length}:${notaText.length}:`).update(text).update(notaText).digest('hex');
}

/**
 * sha256 over the raw row, `refInjection` left out, so that an untouched row keeps its hash from one dump to
 * the next. Columns are taken in sorted order, each as its name and a typed, length-prefixed value: the same row
 * hashes the same from JSONL (numbers) and parquet (BigInts), whatever the column order.
 */
export function rawHash(raw: RawRow): string {
  let serialised = '';
  for (const column of sortedColumns(raw)) {
    if (IGNORED_RAW_COLUMNS.has(column)) continue;
    const value = raw[column];
    if (value === undefined) continue;
    serialised += `${lengthPrefixed(column)}${serialiseValue(value)}`;
  }
  return sha256(serialised);
}

/** The rows of a dump share their columns: sort them once, reuse while the next row has the same. */
let lastColumns: string[] = [];
let lastSorted: string[] = [];

function sortedColumns(raw: RawRow): string[] {
  const columns = Object.keys(raw);
  const same = columns.length === lastColumns.length && columns.every((column, index) => column === lastColumns[index]);
  if (!same) {
    lastColumns = columns;
    lastSorted = [...columns].sort();
  }
  return lastSorted;
}

function serialiseValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s${lengthPrefixed(value)}`;
    case 'number':
    case 'bigint':
      return `n${String(value)};`;
    case 'boolean':
      return value ? 'true' : 'false';
    default: {
      if (value === null) return 'null';
      const json = JSON.stringify(value, (_, nested: unknown) => (typeof nested === 'bigint' ? Number(nested) : nested));
      return `j${lengthPrefixed(json)}`;
    }
  }
}

/** "3:abc": concatenations of length-prefixed strings cannot collide. */
function lengthPrefixed(text: string): string {
  return `${text.length}:${text}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
