import fc from 'fast-check';

/**
 * Words as the codes write them: plain and accented words, elisions, article references in every spelling,
 * hyphenated numbers, ordinals, punctuation, and text that looks like markup.
 */
const WORDS = [
  'le', 'la', 'les', 'des', 'du', 'au', 'aux', 'et', 'ou', 'à', 'de', 'maire', 'conseil', 'municipal', 'délibère',
  'peut', 'être', 'fixé', 'décret', 'arrêté', 'caisse', 'assurance', 'maladie', 'cotisations', 'œuvre', 'prévues',
  "l'article", "d'un", "qu'il", "l'", "d'", 'article', 'alinéa', 'L. 5211-17', 'L. 5211-18', 'R.* 122-2', 'LO 1112-1',
  'L5211-17', 'D. 544-8', 'A. 1', '78-17', '2004-809', '1°', '2°', 'n°', 'I.-', 'II. –', 'a)', '13,6 %', '2025',
  ',', ';', ':', '.', '(', ')', '«', '»', '–', '-', '…', '<script>alert(1)</script>', '<p>', '&amp;', '&', '"', '<', '>',
] as const;

/** Separators between words that the comparison folds: typographic apostrophes and spaces of other widths. */
const TYPOGRAPHIC = ['’', '\u00a0', '\u202f', '  ', '\t', 'ʼ'] as const;

const word = fc.constantFrom(...WORDS);

/** An alinéa of words joined by single spaces, straight apostrophes only: its text is its comparison key. */
export const plainAlinea = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));

/** An alinéa that also uses the source's typography, and characters of any kind (never a line break). */
export const typographicAlinea = fc
  .array(
    fc.oneof(
      { arbitrary: word, weight: 6 },
      fc.constantFrom(...TYPOGRAPHIC),
      fc.string({ unit: 'binary', maxLength: 6 }).map((text) => text.replace(/[\n\r\u2028\u2029]/g, '')),
      fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 2 }),
    ),
    { minLength: 1, maxLength: 25 },
  )
  .map((parts) => parts.join(' ').replaceAll("'", '’'));

/** The alinéas of an article. */
export const wording = (alinea: fc.Arbitrary<string>): fc.Arbitrary<string[]> => fc.array(alinea, { maxLength: 12 });

/** Strings of anything, line breaks included: for what must hold of any input. */
export const anyWording = fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 8 });
