import { LATIN_ORDINALS, sortableKey } from './article-number.js';
import { normaliseTypography } from './typography.js';

/** One citation of an article of the same code, where it stands in the (typography-normalised) line. */
export interface ArticleCitation {
  start: number;
  end: number;
  /** Canonical key, as `canonicalArticleNumber` gives it. */
  key: string;
}

export interface ReferenceOptions {
  /** The citing code's title: "… du code général des collectivités territoriales" then cites the same code. */
  codeTitle?: string;
}

/**
 * What reading one text has learnt so far, from line to line: the keys it cited as another code's or text's
 * articles, so that "du même article L. 233-1" or "l'article L. 300-5 précité" further on are read the same way.
 */
export interface CitationContext {
  /** " du code général des collectivités territoriales": how the text names its own code, lowercased. */
  ownCode: string | null;
  citedElsewhere: Set<string>;
}

export function newCitationContext(options: ReferenceOptions = {}): CitationContext {
  const ownCode = options.codeTitle ? ` du ${normaliseTypography(options.codeTitle).toLowerCase()}` : null;
  return { ownCode, citedElsewhere: new Set() };
}

/**
 * An article number as the texts write it: "L. 5711-1", "LO 1112-1", "LO 179", "R.*311-12", "L2121-27-1", "L. 1",
 * "L. 2224-5 bis", "L. 83 A". Without a dot after a one-letter prefix the number needs a hyphen, so that
 * "D1 Cotisations", "A1 Actifs" or "1° A 9,2 %" are not taken for articles. A capital suffix is not a roman numeral
 * ("L. 1 I" is "paragraph I of L. 1") and not the prefix of the next number ("L. 323-2 L. 323-3").
 */
const CITATION = new RegExp(
  [
    '(?<![\\p{L}\\d])(LO|[LRDA])',
    '(?:(?<=LO)\\.? ?(\\*)? ?(\\d+(?:-\\d+)*)|\\. ?(\\*)? ?(\\d+(?:-\\d+)*)| ?(\\*)?(\\d+(?:-\\d+)+))',
    `(?: ?(${LATIN_ORDINALS.join('|')})(?![\\p{L}\\d])| ([A-HJ-UWYZ])(?![\\p{L}\\d]|\\. ?\\*?\\d))?`,
  ].join(''),
  'gu',
);

/** A cheap first look: most lines cite no article at all. */
const MAY_CITE = /(?:LO|[LRDA])[. *]? ?\*? ?\d/;

/** What may stand between the members of one enumeration: "L. 1, L. 2 et L. 3", "L. 5 à L. 9". */
const ENUMERATION_GAP = /^(?:,? ?(?:et|ou|à|ainsi que)? ?)$|^,? et à $/;
const RANGE_GAP = ' à ';
/** Ranges whose only difference is the last number are expanded when they span at most this many articles. */
const LONGEST_EXPANDED_RANGE = 50;

/** Between an enumeration and what it says of its source: "L. 431-4 (3°), et suivants du code …". */
const PRECISION = /(?: \([^)]{0,30}\))?,?(?: et suivants)?/y;
/** What, right after an enumeration, says that it cites another code or text: "… du code des postes". */
const ANOTHER_SOURCE = new RegExp(
  [
    ' (?:',
    [
      'du (?:même |dit )?code',
      'dudit code',
      'de ce (?:même )?code',
      'du livre des procédures fiscales',
      'du même livre',
      "de l'(?:ordonnance|arrêté|accord)",
      'de la (?:même |présente )?(?:loi|ordonnance|directive|convention|constitution|décision|délibération)',
      'de ladite (?:loi|ordonnance)',
      'du (?:même |présent )?(?:décret|règlement|traité|arrêté|protocole)',
      'dudit (?:décret|arrêté|règlement)',
    ].join('|'),
    ')\\b',
  ].join(''),
  'iuy',
);
const OWN_CODE = / du présent code\b/iuy;
/** Words pointing back at articles already cited: "l'article L. 300-5 précité", "du même article L. 233-1". */
const CITED_AGAIN_AFTER = / (?:précité|susmentionné|susvisé|mentionné ci-dessus)/iuy;
const CITED_AGAIN_BEFORE = /\b(?:même|mêmes|dudit|desdits|ledit|lesdits|audit|auxdits) articles? $/iu;

/** The citations of same-code articles in one line, in order; enumerations and ranges give one per number. */
export function findCitations(line: string, context: CitationContext = newCitationContext()): ArticleCitation[] {
  if (!MAY_CITE.test(line)) return [];
  const matches: RegExpExecArray[] = [];
  CITATION.lastIndex = 0;
  for (let match = CITATION.exec(line); match !== null; match = CITATION.exec(line)) matches.push(match);
  const citations: ArticleCitation[] = [];
  let first = 0;
  while (first < matches.length) {
    let last = first;
    while (last + 1 < matches.length && ENUMERATION_GAP.test(line.slice(endOf(matches[last]!), matches[last + 1]!.index))) {
      last += 1;
    }
    const enumeration = matches.slice(first, last + 1).map(citationOf);
    if (citesElsewhere(line, enumeration, context)) {
      for (const citation of enumeration) context.citedElsewhere.add(citation.key);
    } else {
      citations.push(...enumeration);
    }
    first = last + 1;
  }
  return citations;
}

/** The canonical keys of the articles of the same code that `text` cites, sorted, each once. */
export function extractReferences(text: string, options: ReferenceOptions = {}): string[] {
  const line = normaliseTypography(text);
  return sortedKeys(referencesOf(line, findCitations(line, newCitationContext(options))));
}

/** Keys of `citations` in `line`, with short ranges ("L. 5211-17 à L. 5211-20") expanded, in text order. */
export function referencesOf(line: string, citations: readonly ArticleCitation[]): string[] {
  if (citations.length === 0) return [];
  const keys: string[] = [];
  citations.forEach((citation, index) => {
    keys.push(citation.key);
    const next = citations[index + 1];
    if (next && line.slice(citation.end, next.start) === RANGE_GAP) keys.push(...rangeBetween(citation.key, next.key));
  });
  return keys;
}

/** Sorted as a reader expects ("L5211-2" before "L5211-17"), each once. */
export function sortedKeys(keys: Iterable<string>): string[] {
  const unique = [...new Set(keys)];
  if (unique.length < 2) return unique;
  return unique
    .map((key) => [sortableKey(key), key] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, key]) => key);
}

/** The keys strictly between two ends that differ only in their last number, when the range is short. */
function rangeBetween(from: string, to: string): string[] {
  const lastNumber = /^(.*?)(\d+)$/;
  const a = lastNumber.exec(from);
  const b = lastNumber.exec(to);
  if (!a || !b || a[1] !== b[1] || !a[1]!.endsWith('-')) return [];
  const low = Number(a[2]);
  const high = Number(b[2]);
  if (high <= low || high - low > LONGEST_EXPANDED_RANGE) return [];
  return Array.from({ length: high - low - 1 }, (_, index) => `${a[1]}${low + index + 1}`);
}

/** Whether an enumeration cites another code or text: the words right after it say so, or point back at one. */
function citesElsewhere(line: string, enumeration: readonly ArticleCitation[], context: CitationContext): boolean {
  const first = enumeration[0] as ArticleCitation;
  PRECISION.lastIndex = (enumeration[enumeration.length - 1] as ArticleCitation).end;
  const after = PRECISION.lastIndex + (PRECISION.exec(line)?.[0].length ?? 0);
  if (enumeration.every((citation) => context.citedElsewhere.has(citation.key))) {
    const before = line.slice(Math.max(0, first.start - 30), first.start);
    if (matchesAt(CITED_AGAIN_AFTER, line, after) || CITED_AGAIN_BEFORE.test(before)) return true;
  }
  if (matchesAt(OWN_CODE, line, after) || !matchesAt(ANOTHER_SOURCE, line, after)) return false;
  const ownCode = context.ownCode;
  return !(ownCode && line.slice(after, after + ownCode.length).toLowerCase() === ownCode);
}

/** Whether a sticky pattern matches `line` at `position`. */
function matchesAt(pattern: RegExp, line: string, position: number): boolean {
  pattern.lastIndex = position;
  return pattern.test(line);
}

function citationOf(match: RegExpExecArray): ArticleCitation {
  const [, prefix, organicStar, organicDigits, dottedStar, dottedDigits, star, digits, ordinal, letter] = match;
  const numberStar = organicStar ?? dottedStar ?? star ?? '';
  const numberDigits = organicDigits ?? dottedDigits ?? digits;
  const key = `${prefix}${numberStar}${numberDigits}${ordinal?.toLowerCase() ?? letter ?? ''}`;
  return { start: match.index, end: endOf(match), key };
}

function endOf(match: RegExpExecArray): number {
  return match.index + match[0].length;
}
