import { describe, expect, it } from 'vitest';
import { sectionPlacement } from './section-path.js';

describe('sectionPlacement', () => {
  it('splits fullSectionsTitre at " > " after decoding entities (cgct L1523-1)', () => {
    expect(
      sectionPlacement({
        fullSectionsTitre:
          "Partie législative &gt; PREMIÈRE PARTIE : DISPOSITIONS GÉNÉRALES &gt; LIVRE V : DISPOSITIONS ÉCONOMIQUES &gt; TITRE II : SOCIÉTÉS D'ÉCONOMIE MIXTE LOCALES &gt; CHAPITRE III : Modalités d'intervention",
        sectionParentCid: 'LEGISCTA000006164497',
      }),
    ).toEqual({
      path: [
        'Partie législative',
        'PREMIÈRE PARTIE : DISPOSITIONS GÉNÉRALES',
        'LIVRE V : DISPOSITIONS ÉCONOMIQUES',
        "TITRE II : SOCIÉTÉS D'ÉCONOMIE MIXTE LOCALES",
        "CHAPITRE III : Modalités d'intervention",
      ],
      parentCid: 'LEGISCTA000006164497',
    });
  });

  it('decodes other entities and normalises typography in each title', () => {
    expect(sectionPlacement({ fullSectionsTitre: 'Titre Ier&nbsp;: Droits &amp; devoirs &gt;  Chapitre l&#39;accès  &gt; Section 1 &#x2019; fin' }).path).toEqual([
      'Titre Ier : Droits & devoirs',
      "Chapitre l'accès",
      "Section 1 ' fin",
    ]);
  });

  it('is empty when the columns are missing, null or of another type', () => {
    expect(sectionPlacement({})).toEqual({ path: [], parentCid: null });
    expect(sectionPlacement({ fullSectionsTitre: null, sectionParentCid: 42 })).toEqual({ path: [], parentCid: null });
  });
});
