import type { Change } from '@legifeed/diff';
import { describe, expect, it } from 'vitest';
import { changeId } from './change-id.js';

// R382-84 of the CSS, corrected in place between the 2020 and 2023 snapshots (same version id).
const corrected: Change = {
  kind: 'corrected',
  code: 'code-de-la-securite-sociale',
  article: { cid: 'LEGIARTI000006749790', num: 'R382-84', numKey: 'R382-84' },
  section: {
    cid: 'LEGISCTA000006194731',
    path: [
      "Partie réglementaire - Décrets en Conseil d'Etat",
      'Livre III : Dispositions relatives aux assurances sociales et à diverses catégories de personnes rattachées au régime général',
    ],
  },
  before: { id: 'LEGIARTI000034623071', num: 'R382-84', etat: 'VIGUEUR', validFrom: '2017-05-06', validTo: null },
  after: { id: 'LEGIARTI000034623071', num: 'R382-84', etat: 'VIGUEUR', validFrom: '2017-05-06', validTo: null },
  effectiveDate: null,
  diff: null,
  sectionBefore: null,
};

describe('changeId', () => {
  it('depends on what the change says, not on the order its fields were set in', () => {
    const reordered = Object.fromEntries(Object.entries(corrected).reverse()) as unknown as Change;
    expect(changeId(reordered)).toBe(changeId(corrected));
    expect(changeId(corrected)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('differs when anything the change says differs', () => {
    expect(changeId({ ...corrected, effectiveDate: '2020-01-02' })).not.toBe(changeId(corrected));
    expect(changeId({ ...corrected, kind: 'amended' })).not.toBe(changeId(corrected));
  });
});
