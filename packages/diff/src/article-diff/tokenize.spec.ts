import { describe, expect, it } from 'vitest';
import { comparisonKey, countWords, tokenize } from './tokenize.js';

const words = (text: string): string[] => tokenize(text).filter((token) => token.kind === 'word').map((token) => token.text);

describe('tokenize', () => {
  it.each(['L. 5211-17', 'R. 4312-1', 'LO 1112-1', 'D. 544-8', 'L5211-17', 'L. 122-28-9', 'R.* 122-2', 'L.\u00a05211-17'])(
    'keeps the article reference %s as one token',
    (reference) => {
      expect(tokenize(`à l'article ${reference}, les`).map((token) => token.text)).toEqual([
        'à', ' ', "l'", 'article', ' ', reference, ',', ' ', 'les',
      ]);
    },
  );

  it('keeps hyphenated numbers and ordinals whole', () => {
    expect(words('de la loi n° 78-17 du 6 janvier 1978 ; 1° Pour les bénéficiaires')).toEqual([
      'de', 'la', 'loi', 'n°', '78-17', 'du', '6', 'janvier', '1978', '1°', 'Pour', 'les', 'bénéficiaires',
    ]);
  });

  it("splits an elided article from its word, whatever the apostrophe: l'article, d’assurance", () => {
    expect(words("la caisse mutuelle d'assurance maladie de l’article")).toEqual([
      'la', 'caisse', 'mutuelle', "d'", 'assurance', 'maladie', 'de', 'l’', 'article',
    ]);
  });

  it('does not take a word ending in a capital for a reference', () => {
    expect(words('ANNEXE 2 au LOI 12')).toEqual(['ANNEXE', '2', 'au', 'LOI', '12']);
  });

  it('covers the text exactly, whitespace runs and punctuation included', () => {
    const text = "Sur la base de cette déclaration, la caisse,  agissant\u00a0: en application du troisième alinéa de l' article 31 (V) !";
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.text).join('')).toBe(text);
    expect(tokens.filter((token) => token.kind === 'space').map((token) => token.key)).toEqual(
      Array.from({ length: 20 }, () => ' '),
    );
    // "l' article" (a space left by the source's markup): the apostrophe stands alone.
    expect(tokens.filter((token) => token.kind === 'punctuation').map((token) => token.text)).toEqual([',', ',', ':', "'", '(', ')', '!']);
  });
});

describe('comparisonKey', () => {
  it('folds typographic apostrophes and every whitespace run into one space', () => {
    expect(comparisonKey('l’affiliation\u00a0: 13,6\u202f%   du  plafond\tannuel')).toBe("l'affiliation : 13,6 % du plafond annuel");
  });

  it('gives a text and its key the same tokens, so equal keys mean equal token keys', () => {
    const text = 'aux articles L.\u00a0 1225-62, L.  1225-63 et R.\u202f1225-14 de l’article';
    expect(tokenize(text).map((token) => token.key)).toEqual(tokenize(comparisonKey(text)).map((token) => token.key));
  });
});

describe('countWords', () => {
  it('counts words, references and numbers, not spaces or punctuation', () => {
    expect(countWords(" mutuelle d'assurance maladie des cultes")).toBe(6);
    expect(countWords('aux articles L. 1225-62, L. 1225-63, L. 1225-64 et R. 1225-14')).toBe(7);
    expect(countWords(' , ; ')).toBe(0);
  });
});
