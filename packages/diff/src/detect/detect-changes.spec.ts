import { describe, expect, it, vi } from 'vitest';
import type { ArticleVersion } from '@legifeed/parser';
import type { Change, CodeState, DetectionOptions } from '../types.js';
import { acceptedState } from './accepted-state.js';
import { detectChanges } from './detect-changes.js';
import { SECTION_CID, SECTION_PATH, stateOf, version } from './article-version.test-helpers.js';

const OPTIONS: DetectionOptions = { asOf: '2023-05-16' };

function detect(previous: ArticleVersion[], next: ArticleVersion[], options: Partial<DetectionOptions> = {}) {
  return detectChanges(stateOf(previous), next, { ...OPTIONS, ...options });
}

function kinds(changes: Change[]): string[] {
  return changes.map((change) => `${change.kind} ${change.article?.numKey ?? change.section.path.at(-1)}`);
}

const EMPTY_STATE: CodeState = { articles: new Map(), previousRowCount: null, announcedVersionIds: new Set() };

describe('detectChanges: first ingest', () => {
  it('records the baseline and publishes nothing', () => {
    const result = detectChanges(EMPTY_STATE, [version({ id: 'A1' }), version({ id: 'B1', num: 'L2' })], OPTIONS);
    expect(result.changes).toEqual([]);
    expect(result.hold).toBeNull();
    expect([...result.nextState.keys()]).toEqual(['A1', 'B1']);
    expect(result.rowCount).toBe(2);
  });
});

describe('detectChanges: wording', () => {
  it('announces a cid not seen before as created, from its start date', () => {
    const created = version({ id: 'B1', num: 'L2', validFrom: '2023-05-14' });
    const result = detect([version({ id: 'A1' })], [version({ id: 'A1' }), created]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({
      kind: 'created',
      code: 'code-test',
      article: { cid: 'B1', num: 'L2', numKey: 'L2' },
      section: { cid: SECTION_CID, path: SECTION_PATH },
      before: null,
      after: { id: 'B1', validFrom: '2023-05-14' },
      effectiveDate: '2023-05-14',
      diff: null,
    });
  });

  it('announces a new article that takes effect later as created, with its future date', () => {
    const later = version({ id: 'B1', num: 'L2', validFrom: '2023-06-01' });
    const result = detect([version({ id: 'A1' })], [version({ id: 'A1' }), later]);
    expect(kinds(result.changes)).toEqual(['created L2']);
    expect(result.changes[0]?.effectiveDate).toBe('2023-06-01');
  });

  it('announces a new version id as amended, with the diff from the version it follows', () => {
    const before = version({ id: 'A1', paragraphs: ['Premier alinéa.', 'Le délai est de deux mois.'] });
    const after = version({
      id: 'A2',
      cid: 'A1',
      previousVersionId: 'A1',
      paragraphs: ['Premier alinéa.', 'Le délai est de trois mois.'],
      validFrom: '2023-05-14',
    });
    const [change, ...others] = detect([before], [after]).changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ kind: 'amended', before: { id: 'A1' }, after: { id: 'A2' }, effectiveDate: '2023-05-14' });
    expect(change?.diff?.alineas.map((alinea) => alinea.status)).toEqual(['unchanged', 'modified']);
    expect(change?.diff?.stats).toMatchObject({ alineasTouched: 1, wordsAdded: 1, wordsRemoved: 1 });
  });

  it('diffs the same way however slow the machine: the diff is part of the change id', () => {
    const before = version({ id: 'A1', paragraphs: ['Le délai est de deux mois.'] });
    const after = version({ id: 'A2', cid: 'A1', previousVersionId: 'A1', paragraphs: ['Le délai est de trois mois.'] });
    let now = 0;
    // Every look at the clock finds a second gone: any time bound would be spent.
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    try {
      const [change] = detect([before], [after]).changes;
      expect(change?.diff?.alineas.map((alinea) => alinea.status)).toEqual(['modified']);
    } finally {
      clock.mockRestore();
    }
  });

  it('diffs an amendment against the previous version the source names, when it has several', () => {
    const first = version({ id: 'A1', paragraphs: ['Version un.'], validTo: '2021-01-01', etat: 'MODIFIE' });
    const second = version({ id: 'A2', cid: 'A1', paragraphs: ['Version deux.'], validFrom: '2021-01-01' });
    const third = version({ id: 'A3', cid: 'A1', previousVersionId: 'A2', paragraphs: ['Trois.'], validFrom: '2023-05-14' });
    const [change] = detect([first, second], [first, second, third]).changes;
    expect(change).toMatchObject({ kind: 'amended', before: { id: 'A2' }, after: { id: 'A3' } });
  });

  it('announces a new wording under the same version id as corrected, applying from detection', () => {
    const before = version({ id: 'A1', paragraphs: ['la caisse mutuelle d’assurance maladie des cultes, agissant'] });
    const after = version({ id: 'A1', paragraphs: ['la caisse, agissant'] });
    const [change, ...others] = detect([before], [after]).changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ kind: 'corrected', before: { id: 'A1' }, after: { id: 'A1' }, effectiveDate: null });
    expect(change?.diff?.stats.wordsRemoved).toBeGreaterThan(0);
  });

  it('announces a nota changed in place as corrected, the nota diffed under its label', () => {
    const before = version({ id: 'A1' });
    const nota = 'Conformément à l’article 80 de la loi n° 2014-1554, ces dispositions entrent en vigueur en 2018.';
    const after = version({ id: 'A1', nota });
    const [change] = detect([before], [after]).changes;
    expect(change?.kind).toBe('corrected');
    expect(change?.diff?.alineas.map((alinea) => alinea.status)).toEqual(['unchanged', 'added', 'added']);
  });

  it('counts a rewrite with no legal difference as technical and announces nothing', () => {
    const result = detect(
      [version({ id: 'A1' }), version({ id: 'B1', num: 'L2' })],
      [version({ id: 'A1', markup: '<p class="x">' }), version({ id: 'B1', num: 'L2' })],
    );
    expect(result.changes).toEqual([]);
    expect(result.technical).toBe(1);
  });

  it('counts a wording that differs only in layout as technical, not corrected', () => {
    const typography = [version({ id: 'A1', paragraphs: ['l’article L. 1  dispose : https://x.fr'] })];
    const spaced = [version({ id: 'A1', paragraphs: ["l' article L. 1 dispose : https :// x.fr"] })];
    expect(detect(typography, spaced)).toMatchObject({ changes: [], technical: 1 });

    // A table the old markup ran together, the new one row by row (crpa R562-10 on 2023-05-16).
    const runTogether = ['R. 341-5-1 | Résultant du', '| décret n° 2022-1335R. 341-6Résultant du décret'];
    const rowByRow = ['R. 341-5-1 | Résultant du décret n° 2022-1335', 'R. 341-6 | Résultant du décret'];
    const table = (paragraphs: string[]) => [version({ id: 'B1', paragraphs })];
    expect(detect(table(runTogether), table(rowByRow))).toMatchObject({ changes: [], technical: 1 });
  });

  it('announces a change of punctuation in place as corrected: only layout is set aside', () => {
    const before = version({ id: 'A1', paragraphs: ['Le maire, le préfet.'] });
    const [change] = detect([before], [version({ id: 'A1', paragraphs: ['Le maire ; le préfet.'] })]).changes;
    expect(change?.kind).toBe('corrected');
  });

  it('announces a retitled section above an article for the section, the article row counting as technical', () => {
    const result = detect([version({ id: 'A1' })], [version({ id: 'A1', path: ['Partie législative', 'Livre I', 'Titre I'] })]);
    expect(kinds(result.changes)).toEqual(['section_retitled Livre I', 'section_retitled Titre I']);
    expect(result.technical).toBe(1);
  });
});

describe('detectChanges: scheduled versions', () => {
  it('announces a version starting after the dump as scheduled, diffed against the text in force', () => {
    const inForce = version({ id: 'A1', paragraphs: ['Le taux est de 5 %.'] });
    const successor = version({ id: 'A2', cid: 'A1', paragraphs: ['Le taux est de 6 %.'], validFrom: '2023-06-01' });
    const [change, ...others] = detect([inForce], [inForce, successor]).changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ kind: 'scheduled', before: { id: 'A1' }, after: { id: 'A2' }, effectiveDate: '2023-06-01' });
    expect(change?.diff?.stats.alineasTouched).toBe(1);
  });

  it('announces a version of undetermined start as scheduled', () => {
    const successor = version({ id: 'A2', cid: 'A1', etat: 'VIGUEUR_DIFF', validFrom: 'undetermined', paragraphs: ['Autre.'] });
    const [change] = detect([version({ id: 'A1' })], [version({ id: 'A1' }), successor]).changes;
    expect(change).toMatchObject({ kind: 'scheduled', effectiveDate: 'undetermined' });
  });

  it('announces a VIGUEUR_DIFF version whose start has passed as amended: the source is late to flip etat', () => {
    const lagging = version({ id: 'A2', cid: 'A1', etat: 'VIGUEUR_DIFF', validFrom: '2023-05-01', paragraphs: ['Autre.'] });
    expect(kinds(detect([version({ id: 'A1' })], [lagging]).changes)).toEqual(['amended L1']);
  });

  it('diffs a scheduled successor against the version that comes into force in the same dump', () => {
    const old = version({ id: 'A1', paragraphs: ['Un.'] });
    const inForce = version({ id: 'A2', cid: 'A1', previousVersionId: 'A1', paragraphs: ['Deux.'], validFrom: '2023-05-01' });
    const later = version({ id: 'A3', cid: 'A1', previousVersionId: 'A2', paragraphs: ['Trois.'], validFrom: '2024-01-01' });
    const changes = detect([old], [inForce, later]).changes;
    expect(changes.map((change) => [change.kind, change.before?.id, change.after?.id])).toEqual([
      ['amended', 'A1', 'A2'],
      ['scheduled', 'A2', 'A3'],
    ]);
  });

  it('does not announce a scheduled version again when it takes effect, nor when it comes back after a gap', () => {
    const inForce = version({ id: 'A1', paragraphs: ['Un.'] });
    const scheduled = version({ id: 'A2', cid: 'A1', etat: 'VIGUEUR_DIFF', paragraphs: ['Deux.'], validFrom: '2023-06-01' });
    const first = detectChanges(stateOf([inForce]), [inForce, scheduled], OPTIONS);
    expect(kinds(first.changes)).toEqual(['scheduled L1']);

    const tookEffect = version({ id: 'A2', cid: 'A1', etat: 'VIGUEUR', paragraphs: ['Deux.'], validFrom: '2023-06-01' });
    const afterFirst = acceptedState(stateOf([inForce]), first);
    expect(detectChanges(afterFirst, [tookEffect], { asOf: '2023-07-01' }).changes).toEqual([]);

    const withoutIt = detectChanges(afterFirst, [inForce], OPTIONS);
    const back = detectChanges(acceptedState(afterFirst, withoutIt), [tookEffect], { asOf: '2023-07-01' });
    expect(back.changes).toEqual([]);
  });
});

describe('detectChanges: repeals', () => {
  it('announces ABROGE_DIFF as repeal_scheduled on its end date, once', () => {
    const inForce = version({ id: 'A1' });
    const due = version({ id: 'A1', etat: 'ABROGE_DIFF', validTo: '2023-07-01' });
    const [change] = detect([inForce], [due]).changes;
    expect(change).toMatchObject({
      kind: 'repeal_scheduled',
      before: { id: 'A1', validTo: null },
      after: { validTo: '2023-07-01' },
      effectiveDate: '2023-07-01',
    });
    expect(detect([due], [due]).changes).toEqual([]);
  });

  it('announces a repeal put off to a later day again', () => {
    const due = version({ id: 'A1', etat: 'ABROGE_DIFF', validTo: '2023-07-01' });
    const postponed = version({ id: 'A1', etat: 'ABROGE_DIFF', validTo: '2024-01-01' });
    expect(detect([due], [postponed]).changes.map((change) => change.effectiveDate)).toEqual(['2024-01-01']);
  });

  it('announces a future end date on a version in force as repeal_scheduled', () => {
    const [change] = detect([version({ id: 'A1' })], [version({ id: 'A1', validTo: '2024-01-01' })]).changes;
    expect(change).toMatchObject({ kind: 'repeal_scheduled', effectiveDate: '2024-01-01' });
  });

  it('reads an end that makes room for a successor as a replacement, not a repeal', () => {
    const ending = version({ id: 'A1', validTo: '2024-01-01' });
    const successor = version({ id: 'A2', cid: 'A1', paragraphs: ['Autre.'], validFrom: '2024-01-01' });
    expect(kinds(detect([version({ id: 'A1' })], [ending, successor]).changes)).toEqual(['scheduled L1']);
  });

  it('announces a cid gone from a sound dump as repealed, on the end date it had when one was set', () => {
    const staying = Array.from({ length: 8 }, (_, index) => version({ id: `K${index}`, num: `L1-${index}` }));
    const gone = [version({ id: 'B1', num: 'L2' }), version({ id: 'C1', num: 'L3', etat: 'ABROGE_DIFF', validTo: '2023-01-01' })];
    const result = detect([...staying, ...gone], staying);
    expect(result.hold).toBeNull();
    const facts = (change: Change) => [change.kind, change.article?.numKey, change.before?.id, change.after, change.effectiveDate];
    expect(result.changes.map(facts)).toEqual([
      ['repealed', 'L2', 'B1', null, null],
      ['repealed', 'L3', 'C1', null, '2023-01-01'],
    ]);
  });

  it('repeals no article absent from a dump with unreadable rows, keeping its versions in the state', () => {
    const staying = Array.from({ length: 8 }, (_, index) => version({ id: `K${index}`, num: `L1-${index}` }));
    const absent = version({ id: 'B1', num: 'L2' });
    const result = detect([...staying, absent], staying, { unreadableRows: 1 });
    expect(result.changes).toEqual([]);
    expect(result.nextState.get('B1')).toEqual([absent]);
    expect(result.rowCount).toBe(8);
  });

  it('announces a version that became ABROGE as repealed, on its end date', () => {
    const [change] = detect([version({ id: 'A1' })], [version({ id: 'A1', etat: 'ABROGE', validTo: '2023-05-01' })]).changes;
    expect(change).toMatchObject({ kind: 'repealed', after: { etat: 'ABROGE' }, effectiveDate: '2023-05-01' });
  });
});

describe('detectChanges: placement', () => {
  it('announces a new canonical number as renumbered, and ignores a new display of the same number', () => {
    const renumbered = detect([version({ id: 'A1', num: 'L1' })], [version({ id: 'A1', num: 'L1-1' })]);
    expect(kinds(renumbered.changes)).toEqual(['renumbered L1-1']);
    expect(detect([version({ id: 'A1', num: 'L. 1' })], [version({ id: 'A1', num: 'L1' })]).changes).toEqual([]);
  });

  it('announces a new parent section as moved, with the section before', () => {
    const moved = version({ id: 'A1', parentCid: 'LEGISCTA000000000002', path: [...SECTION_PATH, 'Chapitre II'] });
    const [change, ...others] = detect([version({ id: 'A1' })], [moved]).changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({
      kind: 'moved',
      effectiveDate: null,
      section: { cid: 'LEGISCTA000000000002', path: [...SECTION_PATH, 'Chapitre II'] },
      sectionBefore: { cid: SECTION_CID, path: SECTION_PATH },
    });
  });

  it('announces a move that comes with a new version beside its amendment, the date on the amendment only', () => {
    const moved = version({ id: 'A2', cid: 'A1', parentCid: 'S2', paragraphs: ['Autre.'], validFrom: '2018-12-23' });
    const changes = detect([version({ id: 'A1' })], [moved]).changes;
    expect(changes.map((change) => [change.kind, change.effectiveDate])).toEqual([
      ['amended', '2018-12-23'],
      ['moved', null],
    ]);
  });

  it('announces one section_retitled per retitled section, not one per article, and no move', () => {
    const book = (title: string) => ['Partie législative', title];
    const ownPath = (title: string, chapter: string) => [...book(title), chapter];
    const previous = [
      version({ id: 'A1', num: 'L1', parentCid: 'S1', path: ownPath('Livre 1', 'Chapitre 1er') }),
      version({ id: 'B1', num: 'L2', parentCid: 'S1', path: ownPath('Livre 1', 'Chapitre 1er') }),
      version({ id: 'C1', num: 'L3', parentCid: 'S2', path: ownPath('Livre 1', 'Chapitre 2') }),
      version({ id: 'D1', num: 'L4', parentCid: 'S0', path: book('Livre 1') }),
    ];
    const next = [
      version({ id: 'A1', num: 'L1', parentCid: 'S1', path: ownPath('Livre I', 'Chapitre Ier') }),
      version({ id: 'B1', num: 'L2', parentCid: 'S1', path: ownPath('Livre I', 'Chapitre Ier') }),
      version({ id: 'C1', num: 'L3', parentCid: 'S2', path: ownPath('Livre I', 'Chapitre 2') }),
      version({ id: 'D1', num: 'L4', parentCid: 'S0', path: book('Livre I') }),
    ];
    const changes = detect(previous, next).changes;
    expect(changes.map((change) => [change.kind, change.section.cid, change.sectionBefore?.path, change.section.path])).toEqual([
      ['section_retitled', 'S0', book('Livre 1'), book('Livre I')],
      ['section_retitled', 'S1', ownPath('Livre 1', 'Chapitre 1er'), ownPath('Livre I', 'Chapitre Ier')],
    ]);
    expect(changes.every((change) => change.article === null && change.effectiveDate === null)).toBe(true);
  });
});

describe('detectChanges: rows', () => {
  it('drops a version listed twice silently, counting both rows', () => {
    const result = detect([version({ id: 'A1' })], [version({ id: 'A1' }), version({ id: 'A1' })]);
    expect(result.changes).toEqual([]);
    expect(result.technical).toBe(0);
    expect(result.nextState.get('A1')).toHaveLength(1);
    expect(result.rowCount).toBe(2);
  });

  it('returns changes by kind, then article number in natural order, then cid', () => {
    const previous = [version({ id: 'A1', num: 'L10' }), version({ id: 'B1', num: 'L9' })];
    const next = [
      version({ id: 'C1', num: 'L10' }),
      version({ id: 'D1', num: 'L2' }),
      version({ id: 'A2', cid: 'A1', num: 'L10', paragraphs: ['Autre.'] }),
      version({ id: 'B2', cid: 'B1', num: 'L9', paragraphs: ['Autre.'] }),
    ];
    const order = detect(previous, next).changes.map((change) => `${change.kind} ${change.article?.numKey} ${change.article?.cid}`);
    expect(order).toEqual([
      'created L2 D1',
      'created L10 C1',
      'amended L9 B1',
      'amended L10 A1',
    ]);
  });
});

describe('detectChanges: suspect dumps', () => {
  const previous = Array.from({ length: 10 }, (_, index) => version({ id: `A${index}`, num: `L${index}` }));

  it('holds an empty first dump', () => {
    expect(detectChanges(EMPTY_STATE, [], OPTIONS).hold).toEqual({
      reason: 'empty_dump',
      detail: '0 rows, this is the first dump of the code.',
    });
  });

  it('holds an empty dump, with no change and an empty state to keep', () => {
    const result = detect(previous, []);
    expect(result.hold).toEqual({ reason: 'empty_dump', detail: '0 rows, the previous dump had 10.' });
    expect(result.changes).toEqual([]);
    expect(result.nextState.size).toBe(0);
  });

  it('holds a dump that lost more than the allowed share of rows, and publishes nothing from it', () => {
    const partial = [...previous.slice(0, 7), version({ id: 'A0', num: 'L0', paragraphs: ['Autre.'] })];
    const result = detect(previous, partial.slice(1));
    expect(result.hold).toEqual({
      reason: 'row_count_drop',
      detail: '7 rows, the previous dump had 10: 30 % gone, more than the 20 % allowed.',
    });
    expect(result.changes).toEqual([]);
    expect(detect(previous, previous.slice(0, 8)).hold).toBeNull();
    expect(detect(previous, previous.slice(0, 8), { maxRowDrop: 0.1 }).hold?.reason).toBe('row_count_drop');
  });

  it('holds a dump that lacks a required column, not one that lacks an optional one', () => {
    expect(detect(previous, previous, { missingColumns: ['nota', 'texteHtml'] }).hold).toEqual({
      reason: 'missing_columns',
      detail: 'The dump lacks the required column texteHtml.',
    });
    expect(detect(previous, previous, { missingColumns: ['nota'] }).hold).toBeNull();
  });

  it('publishes the repeals of a held dump once an operator releases it', () => {
    const result = detect(previous, previous.slice(0, 5), { released: true });
    expect(result.hold).toBeNull();
    expect(result.changes.map((change) => change.kind)).toEqual(Array(5).fill('repealed'));
  });
});
