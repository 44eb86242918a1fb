/**
 * Splits an alinéa into the units a reader sees change: article references, words, whitespace runs and single
 * punctuation marks. Each token carries its comparison key, so typography never shows as a change.
 */
export type TokenKind = 'word' | 'space' | 'punctuation';

export interface Token {
  /** The text exactly as written. */
  text: string;
  /** What is compared: apostrophes and whitespace normalised (see `comparisonKey`). */
  key: string;
  kind: TokenKind;
}

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
// Only whitespace that is not already a single space is rewritten: most of a text's spaces stay as they are.
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/**
 * The form two texts are compared in: typographic apostrophes become "'", and every whitespace run (spaces,
 * no-break and narrow no-break spaces, tabs) becomes one space. Two alinéas with equal keys are unchanged.
 */
export function comparisonKey(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(WHITESPACE_TO_FOLD, ' ');
}

// The patterns of word tokens. Every pattern treats all apostrophes alike and all whitespace alike, so a text
// and its comparison key split into the same tokens.
const WORD_PATTERNS = [
  // An article reference is one token, so "L. 5211-17" → "L. 5211-18" reads as one replaced reference:
  // "L. 5211-17", "R. 4312-1", "LO 1112-1", "D. 544-8", "L5211-17", "R.* 122-2".
  String.raw`(?<![\p{L}\p{N}])(?:LO|[LRDA])\.?\*?\s*\p{N}+(?:-\p{N}+)*`,
  // Hyphenated numbers ("loi n° 78-17", "2004-809") change as a whole.
  String.raw`\p{N}+(?:-\p{N}+)+`,
  // A word, with "°" kept on ordinals ("1°", "n°") and an elided article or pronoun kept with its
  // apostrophe ("l'", "d'", "qu'"): the elision is a word of its own, so "l'article" → "l'alinéa" is one word.
  String.raw`[\p{L}\p{M}\p{N}]+[°º]?(?:['\u2018\u2019\u02bc](?=\p{L}))?`,
];

// Alternatives are tried in order at each position; the last one takes any single character, so the tokens
// always cover the whole text.
const TOKEN = new RegExp(`(?<word>${WORD_PATTERNS.join('|')})|(?<space>\\s+)|(?<punctuation>.)`, 'gsu');
// Word tokens start with a letter or digit, which neither space nor punctuation tokens contain, so searching
// for words alone finds exactly the word tokens, faster.
const WORD = new RegExp(WORD_PATTERNS.join('|'), 'gu');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], key: comparisonKey(match[0]), kind: kindOf(match.groups) });
  }
  return tokens;
}

/** Word tokens (words, references, numbers) in a text: the unit of the added/removed counts. */
export function countWords(text: string): number {
  let words = 0;
  for (WORD.lastIndex = 0; WORD.exec(text) !== null; ) words += 1;
  return words;
}

function kindOf(groups: Record<string, string | undefined> | undefined): TokenKind {
  if (groups?.['space'] !== undefined) return 'space';
  if (groups?.['punctuation'] !== undefined) return 'punctuation';
  return 'word';
}
