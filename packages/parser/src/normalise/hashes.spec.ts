import { describe, expect, it } from 'vitest';
import { contentHash, rawHash } from './hashes.js';

const row = {
  id: 'LEGIARTI000006389524',
  dateDebut: 825120000000,
  texteHtml: '<p>Texte</p>',
  multipleVersions: false,
  idTexte: null,
  refInjection: 'IG-20231128',
};

describe('rawHash', () => {
  it('is a sha256 in hex', () => {
    expect(rawHash(row)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores refInjection, the snapshot label, and the order of the columns', () => {
    const { refInjection: _, ...withoutLabel } = row;
    const reordered = Object.fromEntries(Object.entries({ ...row, refInjection: 'IG-20240101' }).reverse());
    expect(rawHash(withoutLabel)).toBe(rawHash(row));
    expect(rawHash(reordered)).toBe(rawHash(row));
  });

  it('hashes a BigInt as the number it holds (parquet and JSONL give the same hash)', () => {
    expect(rawHash({ ...row, dateDebut: 825120000000n })).toBe(rawHash(row));
  });

  it('changes with any other column, its value or its type', () => {
    const hashes = [
      rawHash(row),
      rawHash({ ...row, texteHtml: '<p>Texte </p>' }),
      rawHash({ ...row, idTexte: 'null' }),
      rawHash({ ...row, multipleVersions: 'false' }),
      rawHash({ ...row, dateDebut: '825120000000' }),
      rawHash({ ...row, extra: null }),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('cannot be fooled by moving text from one column to the next', () => {
    expect(rawHash({ a: 'x', b: 'yz' })).not.toBe(rawHash({ a: 'xy', b: 'z' }));
  });
});

describe('contentHash', () => {
  const content = { text: 'Texte', notaText: '', numKey: 'L1523-1', validFrom: '1996-02-24', validTo: null, etat: 'VIGUEUR' };

  it('changes with each part of the legal content', () => {
    const hashes = [
      contentHash(content),
      contentHash({ ...content, text: 'Texte.' }),
      contentHash({ ...content, notaText: 'Nota' }),
      contentHash({ ...content, numKey: 'L1523-2' }),
      contentHash({ ...content, validFrom: '1996-02-25' }),
      contentHash({ ...content, validTo: '2999-01-01' }),
      contentHash({ ...content, validTo: 'undetermined' }),
      contentHash({ ...content, etat: 'ABROGE' }),
      contentHash({ ...content, text: '', notaText: 'Texte' }),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
