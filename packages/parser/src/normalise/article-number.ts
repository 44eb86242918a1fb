import { normaliseTypography } from './typography.js';

/** Latin ordinals that follow an article number: "L. 2224-5 bis", "Tableau n° 20 TER". */
export const LATIN_ORDINALS = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'nonies',
  'novies',
  'decies',
] as const;

const ORDINAL_AFTER_NUMBER = new RegExp(`(\\d) ?(${LATIN_ORDINALS.join('|')})\\b`, 'gi');
/** A code article: prefix (LO before L), optional star, hyphenated digits, then whatever suffix. */
const CODE_ARTICLE = /^(LO|[LRDA])\.? ?(\*)? ?(\d+(?: ?- ?\d+)*)(.*)$/;

/**
 * The key that matches an article whatever the source's spacing: "L. 1111-2" and "L1111-2" → "L1111-2".
 *
 * The key is the number without spaces or the dot after the prefix, the prefix and any star kept ("LO1112-1",
 * "R*562-9"), a Latin ordinal lowercased and glued on ("L. 2224-5 BIS" → "L2224-5bis"), a capital suffix glued
 * on ("L114-1 A" → "L114-1A"). Numbers that are not code articles (annexes) keep their words, without spaces
 * and with ordinals lowercased: "Annexe II : Tableau n° 20 BIS" → "AnnexeII:Tableaun°20bis".
 */
export function canonicalArticleNumber(num: string): string {
  const display = normaliseTypography(num).replace(ORDINAL_AFTER_NUMBER, (_, digit: string, ordinal: string) =>
    `${digit}${ordinal.toLowerCase()}`,
  );
  const article = CODE_ARTICLE.exec(display);
  const key = article ? `${article[1]}${article[2] ?? ''}${article[3]}${article[4]}` : display;
  return key.replace(/ /g, '');
}

/** Orders keys as a reader expects: "L5211-2" before "L5211-17" (digit runs compare as numbers). */
export function compareArticleKeys(a: string, b: string): number {
  const left = sortableKey(a);
  const right = sortableKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

const DIGIT_RUN = /\d+/g;
const SORTABLE_DIGITS = 12;

/** A code's keys recur in text after text: each is padded once (the cache is cleared when it grows large). */
const sortableKeys = new Map<string, string>();
const LARGEST_CACHE = 20_000;

/** The key with each digit run padded with zeros, so that plain string order is number order. */
export function sortableKey(key: string): string {
  let sortable = sortableKeys.get(key);
  if (sortable === undefined) {
    if (sortableKeys.size >= LARGEST_CACHE) sortableKeys.clear();
    sortable = key.replace(DIGIT_RUN, (digits) => digits.padStart(SORTABLE_DIGITS, '0'));
    sortableKeys.set(key, sortable);
  }
  return sortable;
}
