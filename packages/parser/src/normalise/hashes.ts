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
 *
 * The serialisation goes to the hash in pieces: the short values gathered in one string, each long string
 * (texte, texteHtml: most of a row) on its own, as it is. Copying those into one string of the whole row made
 * this function a sixth of everything a dump's normalisation allocated. The digest is that of the whole string.
 */
export function rawHash(raw: RawRow): string {
  const { sorted, prefixes } = hashedColumns(raw);
  const hash = createHash('sha256');
  let pending = '';
  for (let index = 0; index < sorted.length; index += 1) {
    const value = raw[sorted[index] as string];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.length >= LONG_STRING) {
      hash.update(`${pending}${prefixes[index] as string}s${value.length}:`).update(value);
      pending = '';
    } else {
      pending += `${prefixes[index] as string}${serialiseValue(value)}`;
    }
  }
  return hash.update(pending).digest('hex');
}

/** From this length a string value goes to the hash by itself rather than being copied into the pending piece. */
const LONG_STRING = 256;

interface HashedColumns {
  /** The row's keys, in its own order. */
  keys: string[];
  /** The keys hashed, sorted, and each one length-prefixed as the hash takes it. */
  sorted: string[];
  prefixes: string[];
}

/** The rows of a dump share their columns: sort them once, reuse while the next row has the same. */
let lastColumns: HashedColumns = { keys: [], sorted: [], prefixes: [] };

function hashedColumns(raw: RawRow): HashedColumns {
  const keys = Object.keys(raw);
  const last = lastColumns.keys;
  if (keys.length !== last.length || keys.some((key, index) => key !== last[index])) {
    const sorted = keys.filter((key) => !IGNORED_RAW_COLUMNS.has(key)).sort();
    lastColumns = { keys, sorted, prefixes: sorted.map(lengthPrefixed) };
  }
  return lastColumns;
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
