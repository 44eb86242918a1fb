import { UNDETERMINED } from '@legifeed/parser';
import { CHANGE_KINDS } from '@legifeed/diff';
import { describe, expect, it } from 'vitest';
import {
  amendedL211_7,
  correctedR382_84,
  createdD114_9_1,
  movedLO111_4,
  REAL_CHANGES,
  renumberedShape,
  repealedD113_14,
  repealScheduledL222_1,
  repealUndeterminedR382_70,
  retitledLivreIII,
  scheduledR221_16,
} from '../real-changes.test-helpers.js';
import { changeTitle, KIND_LABELS } from './change-title.js';

describe('changeTitle', () => {
  it('says the issue example as the issue writes it', () => {
    const cgct = { ...amendedL211_7, article: { cid: 'LEGIARTI000006390247', num: 'L2121-29' }, effectiveDate: '2025-01-01' };
    expect(changeTitle(cgct)).toBe('Article L. 2121-29 modifié — en vigueur le 1er janvier 2025');
  });

  it.each([
    { change: amendedL211_7, title: 'Article L. 211-7 modifié — en vigueur le 1er janvier 2024' },
    { change: createdD114_9_1, title: 'Article D. 114-9-1 créé — en vigueur le 14 mai 2023' },
    { change: correctedR382_84, title: 'Article R. 382-84 corrigé' },
    { change: scheduledR221_16, title: 'Article R. 221-16 : modification programmée — entrera en vigueur le 1er janvier 2023' },
    { change: repealScheduledL222_1, title: 'Article L. 222-1 : abrogation programmée — prendra effet le 1er juillet 2022' },
    { change: repealUndeterminedR382_70, title: 'Article R. 382-70 : abrogation programmée — prendra effet à une date non encore déterminée' },
    { change: repealedD113_14, title: 'Article D. 113-14 abrogé' },
    { change: renumberedShape, title: 'Article renuméroté (D. 113-14 → D. 113-15)' },
    { change: movedLO111_4, title: "Article LO 111-4 déplacé vers « Sous-section 1 : Projet de loi de financement de l'année » — en vigueur le 1er septembre 2022" },
    {
      change: retitledLivreIII,
      title: 'Intitulé de section modifié : « Livre III : Dispositions relatives aux assurances sociales et à diverses catégories de personnes rattachées au régime général »',
    },
  ])('titles the $change.kind change $change.id', ({ change, title }) => {
    expect(changeTitle(change)).toBe(title);
  });

  it('covers every kind with the fixtures above', () => {
    expect(new Set(REAL_CHANGES.map((change) => change.kind))).toEqual(new Set(CHANGE_KINDS));
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...CHANGE_KINDS].sort());
  });

  it('dates the kinds whose date the fixtures leave out', () => {
    expect(changeTitle({ ...repealedD113_14, effectiveDate: '2023-05-14' })).toBe('Article D. 113-14 abrogé — à compter du 14 mai 2023');
    expect(changeTitle({ ...correctedR382_84, effectiveDate: '2017-05-06' })).toBe(
      'Article R. 382-84 corrigé — version en vigueur à compter du 6 mai 2017',
    );
    expect(changeTitle({ ...scheduledR221_16, effectiveDate: UNDETERMINED })).toBe(
      'Article R. 221-16 : modification programmée — entrera en vigueur à une date non encore déterminée',
    );
    expect(changeTitle({ ...renumberedShape, effectiveDate: '2019-01-21' })).toBe(
      'Article renuméroté (D. 113-14 → D. 113-15) — en vigueur le 21 janvier 2019',
    );
  });

  it('says the source\'s "en cours de traitement" in words', () => {
    const pending = { ...amendedL211_7, placeholders: { afterTextPending: true } };
    expect(changeTitle(pending)).toBe(
      'Article L. 211-7 modifié — en vigueur le 1er janvier 2024 (texte en cours de traitement par Légifrance)',
    );
  });
});
