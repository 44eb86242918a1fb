import { beforeAll, describe, expect, it } from 'vitest';
import {
  normaliseDump,
  normalisesAlike,
  rewrittenInPlace,
  sameVersionPairs,
  type NormalisedDump,
  type NormalisedRow,
} from './normalised-dumps.js';

// The in-place rewrites that ../shared/dumps/README.md describes: the normalised output must not see them.

describe('crpa 2019-10-28 → 2020-02-02: 245 articles rewritten in place (alt → title on links)', () => {
  let before: NormalisedDump;
  let after: NormalisedDump;
  let pairs: Array<[NormalisedRow, NormalisedRow]>;
  beforeAll(async () => {
    before = await normaliseDump('crpa/crpa-2019-10-28T0837.jsonl.gz');
    after = await normaliseDump('crpa/crpa-2020-02-02T0433.jsonl.gz');
    pairs = sameVersionPairs(before, after);
  });

  it('normalises all 245 to the same html, paragraphs, text and content hash', () => {
    const rewritten = rewrittenInPlace(pairs);
    expect(rewritten).toHaveLength(245);
    const different = rewritten.filter(([a, b]) => !normalisesAlike(a.version, b.version));
    expect(different.map(([a]) => a.version.num)).toEqual([]);
    expect(rewritten.filter(([a, b]) => a.version.contentHash !== b.version.contentHash)).toEqual([]);
  });

  it('changes the raw hash of exactly the rows that changed outside refInjection', () => {
    const changedColumns = ([a, b]: [NormalisedRow, NormalisedRow]) =>
      Object.keys({ ...a.raw, ...b.raw }).filter((column) => column !== 'refInjection' && a.raw[column] !== b.raw[column]);
    const touched = pairs.filter((pair) => changedColumns(pair).length > 0).map(([a]) => a.version.id);
    const rehashed = pairs.filter(([a, b]) => a.version.rawHash !== b.version.rawHash).map(([a]) => a.version.id);
    expect(rehashed).toEqual(touched);
    expect(rehashed).toHaveLength(245);
    // The snapshot label changed on nearly every row: the raw hash leaves it out.
    expect(pairs.filter(([a, b]) => a.raw.refInjection !== b.raw.refInjection).length).toBeGreaterThan(400);
  });
});

describe('crpa 2023-01-02 → 2023-05-16: 85 articles rewritten in place (quotes, spacing, links, tables)', () => {
  let rewritten: Array<[NormalisedRow, NormalisedRow]>;
  beforeAll(async () => {
    const before = await normaliseDump('crpa/crpa-2023-01-02T0315.jsonl.gz');
    const after = await normaliseDump('crpa/crpa-2023-05-16T0334.jsonl.gz');
    rewritten = rewrittenInPlace(sameVersionPairs(before, after));
  });

  it('normalises 82 of the 85 alike', () => {
    expect(rewritten).toHaveLength(85);
    expect(rewritten.filter(([a, b]) => normalisesAlike(a.version, b.version))).toHaveLength(82);
  });

  it('shows the 3 others: the source broke its own text or repaired a broken table', () => {
    const different = rewritten.filter(([a, b]) => !normalisesAlike(a.version, b.version));
    expect(different.map(([a]) => a.version.num)).toEqual(['D312-11', 'R562-10', 'R574-3']);
    const [urls, ...tables] = different;
    // D312-11: the 2023 text has a space after every dot of the web addresses it lists.
    expect(urls?.[0].version.paragraphs).toContain('- www.culture.gouv.fr ;');
    expect(urls?.[1].version.paragraphs).toContain('- www. culture. gouv. fr ;');
    // R562-10, R574-3: ten rows of the table, R. 341-6 to R. 343-3-2, were crammed into one cell after ten empty
    // rows; now they are rows: the alinéas a reader compares change.
    for (const [before, after] of tables) {
      expect(before.version.paragraphs).toContainEqual(expect.stringMatching(/^\| décret n° 2022-1335 du 19 octobre 2022R\. 341-6Résultant/));
      expect(after.version.paragraphs).toContain('R. 341-6 | Résultant du décret n° 2015-1342');
      expect(after.version.paragraphs.length).toBe(before.version.paragraphs.length + 9);
    }
  });
});
