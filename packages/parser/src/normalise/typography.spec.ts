import { describe, expect, it } from 'vitest';
import { normaliseTypography } from './typography.js';

describe('normaliseTypography', () => {
  it('turns non-breaking, narrow and other spaces, tabs and line breaks into plain spaces', () => {
    expect(normaliseTypography('1\u00a0000\u202f€ ;\tle\nprésent\r\narticle')).toBe("1 000 € ; le présent article");
  });

  it('straightens curly apostrophes', () => {
    expect(normaliseTypography('l’article et l‘ordonnance')).toBe("l'article et l'ordonnance");
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(normaliseTypography('collecti\u00advités\u200b territo\ufeffriales')).toBe('collectivités territoriales');
  });

  it('collapses runs of spaces and trims the line', () => {
    expect(normaliseTypography('  Les   dispositions  ')).toBe('Les dispositions');
  });

  it('removes the stray space a flattened link leaves before punctuation', () => {
    expect(normaliseTypography('article L. 1 , au vu')).toBe('article L. 1, au vu');
    expect(normaliseTypography('à l\'article L. 243-7-1 A . Les majorations')).toBe("à l'article L. 243-7-1 A. Les majorations");
    expect(normaliseTypography('(voir L. 2 )')).toBe('(voir L. 2)');
  });

  it('leaves one space where a link ended before a space: "L. 137-11 </a> et"', () => {
    expect(normaliseTypography('L. 137-11  et')).toBe('L. 137-11 et');
  });

  it('keeps the French spaces before ; : ? and !', () => {
    expect(normaliseTypography('publiques ; à défaut : oui ? non !')).toBe('publiques ; à défaut : oui ? non !');
  });

  it('gives one form to the opening markers the source wrote three ways (crpa L114-8 in 2023)', () => {
    expect(normaliseTypography('I. - Les administrations')).toBe('I.-Les administrations');
    expect(normaliseTypography('II. – Les administrations')).toBe('II.-Les administrations');
    expect(normaliseTypography('III.-Les administrations')).toBe('III.-Les administrations');
    expect(normaliseTypography('A. - Actif')).toBe('A.-Actif');
  });

  it('leaves dashes alone elsewhere', () => {
    expect(normaliseTypography('- 14 % pour la part – au-delà')).toBe('- 14 % pour la part – au-delà');
  });

  it('gives one form to starred article numbers (crpa R*562-9 in 2023)', () => {
    for (const written of ['R.*311-12', 'R. *311-12', 'R.* 311-12', 'R. * 311-12']) {
      expect(normaliseTypography(written)).toBe('R.*311-12');
    }
  });

  it('composes decomposed accents', () => {
    expect(normaliseTypography('collectivite\u0301')).toBe('collectivit\u00e9');
  });

  it('unifies an opening marker whatever the spacing the source left around it', () => {
    for (const line of ['I. – Le maire', 'I.  – Le maire', '\n    I. – Le maire', 'I . —  Le maire']) {
      expect(normaliseTypography(line)).toBe('I.-Le maire');
    }
  });
});
