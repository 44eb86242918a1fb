// L, R, D, A articles are cited "L. 2121-29"; organic laws "LO 111-4" (as the codes' own texts cite them);
// decrees in Conseil des ministres "R.* 132-4", as the Journal officiel prints them.
const CITED_PREFIX: Record<string, string> = {
  L: 'L. ',
  R: 'R. ',
  D: 'D. ',
  A: 'A. ',
  LO: 'LO ',
  'R*': 'R.* ',
  'D*': 'D.* ',
};

const ARTICLE_NUMBER = /^(LO|[LRDA]\*?)\.?\s*(\d+(?:-\d+)*)(.*)$/i;

/**
 * How an article number reads in French legal prose: "L2121-29" and "L. 2121-29" → "L. 2121-29",
 * "L2224-5bis" → "L. 2224-5 bis", "LO111-4" → "LO 111-4", "R*132-4" → "R.* 132-4".
 * Returns null for numbers that are not of that shape ("Annexe II : Tableau n° 1").
 */
export function citedArticleNumber(num: string): string | null {
  const match = ARTICLE_NUMBER.exec(num.trim());
  if (!match) return null;
  const [, prefix = '', digits = '', rest = ''] = match;
  const cited = CITED_PREFIX[prefix.toUpperCase()];
  if (cited === undefined) return null;
  // A suffix glued to the digits ("5bis") is spaced as the texts write it; "-A" and " A" are kept as given.
  const suffix = /^[a-z]/i.test(rest) ? ` ${rest}` : rest;
  return `${cited}${digits}${suffix}`;
}

/** "Article L. 2121-29"; for numbers of another shape, the number as given in quotes. */
export function articleLabel(num: string): string {
  const cited = citedArticleNumber(num);
  return cited === null ? `Article « ${num.trim()} »` : `Article ${cited}`;
}
