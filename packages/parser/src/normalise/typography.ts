/**
 * Typography. The source rewrites spacing, quotes and dashes in place without any change in the law; these rules
 * make such rewrites invisible. They work on one line (an alinéa, a title, a number): line breaks become spaces.
 *
 * Two stages: the first replaces characters one for one, so a line keeps its length; the second only deletes
 * characters. Normalised HTML relies on this to lay the normalised text back onto the source's markup (see
 * `html/line.ts`). Accents are composed (NFC) before either: once for a whole text by `normaliseHtml`, for the
 * given text by `normaliseTypography`.
 */

/** Spaces of every width, tabs and line breaks → " "; curly apostrophes → "'"; non-breaking hyphens → "-". */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
  '\f': ' ',
  '\v': ' ',
  '\u2028': ' ',
  '\u2029': ' ',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
};
const EVERY_REPLACEABLE = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

/** An alinéa opening with a numbered marker, "I. - ", "II. – ", "A.-": the source switched between these forms. */
const MARKER_DASH = /^(\s*(?:[IVXLCDM]+|[A-Z]|\d+)\s*\.\s*)[–—]/;
const MARKER_SPACING = /^([IVXLCDM]+|[A-Z]|\d+) ?\. ?- ?/;

/** Soft hyphens, zero-width spaces and joiners, byte-order marks. */
const EVERY_INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
/**
 * A space before another space (runs become one space) or before "," "." ")": "article L. 1 , au vu" — a link
 * the source flattened leaves a space before the punctuation that followed it.
 */
const EVERY_REDUNDANT_SPACE = / (?=[ ,.)])/g;
/** Whether a line needs any of the above: one scan, since most lines need none. */
const NEEDS_WORK = new RegExp(`${EVERY_REPLACEABLE.source}|${EVERY_INVISIBLE.source}| [ ,.)]`);
/** Characters NFC changes in Latin-script text: combining accents, and the ohm, kelvin and angstrom signs. */
const COMPOSABLE = /[\u0300-\u036f\u2126\u212a\u212b]/;
/** "R.*311-12", "R. *311-12", "R.* 311-12" and "R. * 311-12" all cite the same starred article. */
const STARRED_ARTICLE_SPACING = /\b(LO|[LRDA])\. ?\* ?(?=\d)/g;

/**
 * A line through both stages: `replaced` has the line's length, `tidied` is what is kept of it. When nothing
 * needs replacing or deleting inside the line (most lines), only the ends and the markers are looked at.
 */
export function normaliseLine(line: string): { replaced: string; tidied: string } {
  if (!NEEDS_WORK.test(line)) {
    const replaced = unifyMarkerDash(line);
    return { replaced, tidied: tidyEnds(replaced.trim()) };
  }
  const replaced = unifyMarkerDash(line.replace(EVERY_REPLACEABLE, (character) => REPLACEMENTS[character] ?? character));
  const tidied = replaced.replace(EVERY_INVISIBLE, '').replace(EVERY_REDUNDANT_SPACE, '').trim();
  return { replaced, tidied: tidyEnds(tidied) };
}

/** Composes accents (NFC), skipping the text when it has nothing to compose. */
export function composeAccents(text: string): string {
  return COMPOSABLE.test(text) ? text.normalize('NFC') : text;
}

/**
 * One line of text as it is compared, hashed and shown: composed accents, plain spaces, straight apostrophes,
 * no soft hyphens, single spaces, no stray space before "," "." ")", one form of opening marker ("I.-") and of
 * starred article ("R.*311-12").
 */
export function normaliseTypography(text: string): string {
  return normaliseLine(composeAccents(text)).tidied;
}

function unifyMarkerDash(line: string): string {
  return mayOpenWithMarker(line) ? line.replace(MARKER_DASH, '$1-') : line;
}

/** The starred-article and opening-marker spacing, on a trimmed line with single spaces. */
function tidyEnds(line: string): string {
  const starsTidied = line.includes('*') ? line.replace(STARRED_ARTICLE_SPACING, '$1.*') : line;
  return mayOpenWithMarker(starsTidied) ? starsTidied.replace(MARKER_SPACING, '$1.-') : starsTidied;
}

/** A marker ("XVIII. -") has its dot within its first few characters: a cheap look before the regex. */
function mayOpenWithMarker(line: string): boolean {
  let start = 0;
  while (start < line.length && line.charCodeAt(start) <= 32) start += 1;
  const end = Math.min(line.length, start + 12);
  for (let index = start + 1; index < end; index += 1) if (line.charCodeAt(index) === 46) return true;
  return false;
}
