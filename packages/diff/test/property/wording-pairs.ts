import fc from 'fast-check';
import { amend, amendments } from './amendments.js';
import type { RealWordings } from './real-wordings.js';
import { plainAlinea, typographicAlinea, wording } from './wordings.js';

export type WordingPair = readonly [readonly string[], readonly string[]];

/** The pair as given, or the other way round: every amendment read backwards is one too. */
function eitherWay(pair: fc.Arbitrary<WordingPair>): fc.Arbitrary<WordingPair> {
  return fc.tuple(pair, fc.boolean()).map(([[a, b], swap]) => (swap ? [b, a] : [a, b]));
}

function amended(article: fc.Arbitrary<readonly string[]>): fc.Arbitrary<WordingPair> {
  return fc.tuple(article, amendments).map(([paragraphs, edits]) => [paragraphs, amend(paragraphs, edits)]);
}

/**
 * Two wordings of an article, each alinéa written as its comparison key (single spaces, straight apostrophes),
 * as the parser gives them: real amendments, real and generated articles amended by generated edits, articles
 * left as they were, and unrelated wordings.
 */
export function plainPairs({ articles, amended: realAmendments }: RealWordings): fc.Arbitrary<WordingPair> {
  const article = fc.constantFrom(...articles);
  return eitherWay(
    fc.oneof(
      { arbitrary: amended(article), weight: 4 },
      { arbitrary: amended(wording(plainAlinea)), weight: 3 },
      fc.constantFrom(...realAmendments),
      article.map((paragraphs): WordingPair => [paragraphs, [...paragraphs]]),
      fc.tuple(wording(plainAlinea), wording(plainAlinea)),
    ),
  );
}

/** The source's typography and characters of any kind: the old wording comes back only up to typography. */
export const typographicPairs: fc.Arbitrary<WordingPair> = eitherWay(
  fc.oneof(amended(wording(typographicAlinea)), fc.tuple(wording(typographicAlinea), wording(typographicAlinea))),
);

const APOSTROPHES = ["'", '’'] as const;
const SPACES = [' ', '\u00a0', '\u202f', '  '] as const;

/** A wording rewritten in typography only: apostrophes curly or straight, spaces no-break, narrow or doubled. */
export function retypeset(paragraphs: readonly string[], choices: readonly number[]): string[] {
  let place = 0;
  const pick = (variants: readonly string[]): string => variants[(choices[place++ % choices.length] ?? 0) % variants.length] as string;
  return paragraphs.map((paragraph) => paragraph.replace(/['’]/g, () => pick(APOSTROPHES)).replace(/ /g, () => pick(SPACES)));
}
