import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseDump, normalisesAlike, rewrittenInPlace, sameVersionPairs, type NormalisedRow } from './normalised-dumps.js';

// css 2020-06-18 → 2023-05-14: 31 versions rewritten in place. Most are cosmetic, but a few change the wording
// under the same version id (../shared/dumps/README.md): users must be told, so normalisation must not hide them.

describe('css 2020-06-18 → 2023-05-14: corrections in place', () => {
  let rewritten: Map<string, [NormalisedRow, NormalisedRow]>;
  beforeAll(async () => {
    const before = await normaliseDump('css/css-2020-06-18.jsonl.gz');
    const after = await normaliseDump('css/css-2023-05-14.jsonl.gz');
    rewritten = new Map(rewrittenInPlace(sameVersionPairs(before, after)).map((pair) => [pair[0].version.num, pair]));
  });

  it('keeps visible exactly the rewrites that change the wording', () => {
    expect(rewritten.size).toBe(31);
    const changed = [...rewritten].filter(([, [a, b]]) => a.version.text !== b.version.text).map(([num]) => num);
    // The five the README names, and L133-9-6, whose whole text was replaced.
    expect(changed.sort()).toEqual(['D544-8', 'L133-9-6', 'L137-11-1', 'R322-10-2', 'R381-3-1', 'R382-84']);
    const cosmetic = [...rewritten.values()].filter(([a, b]) => a.version.text === b.version.text);
    expect(cosmetic).toHaveLength(25);
    expect(cosmetic.filter(([a, b]) => !normalisesAlike(a.version, b.version))).toEqual([]);
    for (const num of changed) {
      const [a, b] = rewritten.get(num) as [NormalisedRow, NormalisedRow];
      expect(a.version.contentHash).not.toBe(b.version.contentHash);
    }
  });

  it('L137-11-1 gains the Conseil constitutionnel annotation', () => {
    const [before, after] = rewritten.get('L137-11-1') as [NormalisedRow, NormalisedRow];
    const annotation = 'Dispositions déclarées non conformes à la Constitution par la décision du Conseil constitutionnel n° 2012-662 DC du 29 décembre 2012.';
    expect(before.version.text).not.toContain(annotation);
    expect(after.version.text).toContain(annotation);
  });

  it('R382-84: "la caisse mutuelle d\'assurance maladie des cultes" becomes "la caisse"', () => {
    const [before, after] = rewritten.get('R382-84') as [NormalisedRow, NormalisedRow];
    expect(before.version.text).toContain("la caisse mutuelle d'assurance maladie des cultes, agissant");
    expect(after.version.text).toContain('Sur la base de cette déclaration, la caisse, agissant');
  });

  it.each(['R322-10-2', 'R381-3-1', 'D544-8'])('%s changes its text', (num) => {
    const [before, after] = rewritten.get(num) as [NormalisedRow, NormalisedRow];
    expect(after.version.text).not.toBe(before.version.text);
  });
});
