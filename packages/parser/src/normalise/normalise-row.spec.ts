import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDump } from '../read/open-dump.js';
import { isRowError, type RawRow } from '../types.js';
import { normaliseRow } from './normalise-row.js';

const CGCT_SAMPLE = fileURLToPath(new URL('../../../../../shared/dumps/cgct/cgct-sample.jsonl', import.meta.url));
const at = { file: 'dump.jsonl', row: 7 };

/** The first row of the CGCT sample: L1523-1, in force since 1996, no nota. */
let row: RawRow;
beforeAll(async () => {
  for await (const item of readDump(CGCT_SAMPLE)) {
    if (item.kind === 'row') {
      row = item.raw;
      return;
    }
  }
});

describe('normaliseRow on a real row', () => {
  it('fills every field of the ArticleVersion', () => {
    const version = normaliseRow(row, at);
    if (isRowError(version)) throw new Error(version.message);
    expect(version).toMatchObject({
      row: 7,
      code: { slug: 'code-general-des-collectivites-territoriales', title: 'Code général des collectivités territoriales' },
      id: 'LEGIARTI000006389524',
      cid: 'LEGIARTI000006389524',
      previousVersionId: null,
      versionNumber: 1,
      num: 'L1523-1',
      numKey: 'L1523-1',
      etat: 'VIGUEUR',
      status: 'in_force',
      validFrom: '1996-02-24',
      validTo: null,
      datesInverted: false,
      notaHtml: '',
      notaText: '',
      section: {
        path: [
          'Partie législative',
          'PREMIÈRE PARTIE : DISPOSITIONS GÉNÉRALES',
          'LIVRE V : DISPOSITIONS ÉCONOMIQUES',
          "TITRE II : SOCIÉTÉS D'ÉCONOMIE MIXTE LOCALES",
          "CHAPITRE III : Modalités d'intervention",
        ],
        parentCid: 'LEGISCTA000006164497',
      },
      references: [],
    });
    expect(version.paragraphs).toHaveLength(2);
    expect(version.paragraphs[0]).toMatch(/^Les sociétés d'économie mixte locales peuvent intervenir pour des personnes/);
    expect(version.text).toBe(version.paragraphs.join('\n'));
    expect(version.html).toBe(version.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join(''));
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(version.rawHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads version_article "3.0" as 3 and a previous version id', () => {
    const version = normaliseRow({ ...row, version_article: '3.0', versionPrecedente: 'LEGIARTI000006389523' }, at);
    expect(version).toMatchObject({ versionNumber: 3, previousVersionId: 'LEGIARTI000006389523' });
  });

  it('ignores extra columns and accepts optional ones missing, null or of another type', () => {
    const { nota: _, sectionParentCid: __, ...withoutSome } = row;
    const version = normaliseRow(
      { ...withoutSome, notaHtml: null, version_article: null, fullSectionsTitre: 12, conditionDiffere: 'now a string', extra: [1] },
      at,
    );
    expect(version).toMatchObject({ versionNumber: null, notaHtml: '', notaText: '', section: { path: [], parentCid: null } });
  });

  it('builds the nota from plain `nota` when there is no notaHtml', () => {
    const version = normaliseRow({ ...row, notaHtml: '', nota: 'Conformément à l’article 40.\nEntrée en vigueur & suite.' }, at);
    expect(version).toMatchObject({
      notaHtml: "<p>Conformément à l'article 40.</p><p>Entrée en vigueur &amp; suite.</p>",
      notaText: "Conformément à l'article 40.\nEntrée en vigueur & suite.",
    });
  });

  it('hashes the legal content apart from the raw row', () => {
    const version = normaliseRow(row, at);
    const relabelled = normaliseRow({ ...row, refInjection: 'IG-20990101' }, at);
    const retagged = normaliseRow({ ...row, texteHtml: row.texteHtml + '<p></p>', idTechInjection: 'other' }, at);
    const amended = normaliseRow({ ...row, texteHtml: '<p>Autre texte.</p>' }, at);
    expect(relabelled).toMatchObject({ rawHash: field(version, 'rawHash'), contentHash: field(version, 'contentHash') });
    expect(retagged).toMatchObject({ contentHash: field(version, 'contentHash') });
    expect(field(retagged, 'rawHash')).not.toBe(field(version, 'rawHash'));
    expect(field(amended, 'contentHash')).not.toBe(field(version, 'contentHash'));
  });
});

describe('normaliseRow on bad input', () => {
  it.each([
    ['id missing', { id: undefined }, 'id', 'expected a string, found nothing (the column is missing)'],
    ['id of another form', { id: 'LEGIARTI00000638952' }, 'id', 'expected a Légifrance article id ("LEGIARTI" and 12 digits), found the string "LEGIARTI00000638952"'],
    ['cid a number', { cid: 6389524 }, 'cid', 'expected a string, found the number 6389524'],
    ['versionPrecedente malformed', { versionPrecedente: 'JORFARTI000006389524' }, 'versionPrecedente', 'expected a Légifrance article id ("LEGIARTI" and 12 digits), null or "", found the string "JORFARTI000006389524"'],
    ['num blank', { num: '  ' }, 'num', 'expected an article number, found the string "  "'],
    ['etat null', { etat: null }, 'etat', 'expected a string, found null'],
    ['dateDebut unparseable', { dateDebut: 'hier' }, 'dateDebut', 'found the string "hier"'],
    ['dateFin not at midnight', { dateFin: 825123600000 }, 'dateFin', 'found the number 825123600000'],
    ['texteHtml an object', { texteHtml: { p: 1 } }, 'texteHtml', 'expected a string, found a value of type object'],
    ['title_main missing', { title_main: undefined }, 'title_main', 'expected the code title, found nothing (the column is missing)'],
  ])('%s: a RowError naming the file, row and field', (_, change, field, message) => {
    const error = normaliseRow({ ...row, ...change }, at);
    expect(error).toEqual({ file: 'dump.jsonl', row: 7, field, message: expect.stringContaining(message) });
    expect(isRowError(error)).toBe(true);
  });

  it('shows only the beginning of a long value', () => {
    const error = normaliseRow({ ...row, id: 'x'.repeat(10_000) }, at);
    expect(error).toMatchObject({ field: 'id', message: `expected a Légifrance article id ("LEGIARTI" and 12 digits), found the string "${'x'.repeat(60)}…"` });
  });
});

function field<K extends 'rawHash' | 'contentHash'>(version: ReturnType<typeof normaliseRow>, key: K): string {
  if (isRowError(version)) throw new Error(version.message);
  return version[key];
}
