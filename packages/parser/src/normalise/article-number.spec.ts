import { describe, expect, it } from 'vitest';
import { canonicalArticleNumber, compareArticleKeys } from './article-number.js';

describe('canonicalArticleNumber', () => {
  it.each([
    ['L. 1111-2', 'L1111-2'],
    ['L1111-2', 'L1111-2'],
    ['L 1111-2', 'L1111-2'],
    ['D. 312-1-3', 'D312-1-3'],
    ['LO111-9-2-1 ', 'LO111-9-2-1'],
    ['LO 1112-1', 'LO1112-1'],
    ['R4312-1', 'R4312-1'],
    ['A931-3 ', 'A931-3'],
    ['R*562-9', 'R*562-9'],
    ['R. * 562-9', 'R*562-9'],
  ])('%j → %j (prefix and star kept, spaces and the dot dropped)', (num, key) => {
    expect(canonicalArticleNumber(num)).toBe(key);
  });

  it.each([
    ['L2224-5 bis', 'L2224-5bis'],
    ['L. 2224-5 BIS', 'L2224-5bis'],
    ['L. 2224-5bis', 'L2224-5bis'],
    ['L114-1 A', 'L114-1A'],
    ['L173-2-0-1 A', 'L173-2-0-1A'],
    ['R142-1-A', 'R142-1-A'],
  ])('%j → %j (suffixes glued on, Latin ordinals lowercased)', (num, key) => {
    expect(canonicalArticleNumber(num)).toBe(key);
  });

  it.each([
    ['Annexe II : Tableau n° 20 BIS', 'AnnexeII:Tableaun°20bis'],
    ['Annexe II : Tableau n° 20 bis', 'AnnexeII:Tableaun°20bis'],
    ["Annexe I à l'art. R434-32 (1)", "AnnexeIàl'art.R434-32(1)"],
    ["Annexe à l'article A931-11-9 (1er alinéa)  Annexe I", "Annexeàl'articleA931-11-9(1eralinéa)AnnexeI"],
    ['Annexe 1-3', 'Annexe1-3'],
  ])('annex %j → %j (words kept, spaces dropped)', (num, key) => {
    expect(canonicalArticleNumber(num)).toBe(key);
  });
});

describe('compareArticleKeys', () => {
  it('orders numbers as numbers', () => {
    expect(['L5211-20', 'L5211-2', 'L5211-17', 'L521-1', 'LO1', 'D1'].sort(compareArticleKeys)).toEqual([
      'D1',
      'L521-1',
      'L5211-2',
      'L5211-17',
      'L5211-20',
      'LO1',
    ]);
  });
});
