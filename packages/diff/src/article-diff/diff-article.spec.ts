import { describe, expect, it } from 'vitest';
import type { ArticleDiff } from '../types.js';
import { applyDiff } from './apply-diff.js';
import { diffArticle } from './diff-article.js';

// Sentences from the css dumps (2020-06-18 → 2023-05-14).
const R382_84_OLD =
  'Sur la base de cette déclaration, la caisse mutuelle d\'assurance maladie des cultes, agissant dans le cadre de ses attributions légales, est autorisée, en application du troisième alinéa de l\' article 31 de la loi n° 78-17 du 6 janvier 1978 relative à l\'informatique, aux fichiers et aux libertés, à collecter, conserver et traiter des informations nominatives comportant des données relatives au rattachement de ses ressortissants à un culte.';
const R382_84_NEW = R382_84_OLD.replace("la caisse mutuelle d'assurance maladie des cultes,", 'la caisse,');
const D544_8_OLD =
  "Toutefois, les travailleurs à la recherche d'un emploi qui exercent une activité occasionnelle rémunérée et qui bénéficient d'un congé de présence parentale dans les conditions prévues à l'article L. 122-28-9 du code du travail perçoivent l'allocation journalière de présence parentale dans les conditions définies à l'article L. 544-1.";
const D544_8_NEW = D544_8_OLD.replace(
  "prévues à l'article L. 122-28-9 du",
  'prévues aux articles L. 1225-62, L. 1225-63, L. 1225-64 et R. 1225-14 du',
);
const R322_10_2_OLD = [
  "En cas d'urgence, la prescription médicale peut être établie a posteriori.",
  "Dans les cas mentionnés au 2° de l'article R. 322-10, ou l'avis d'audience vaut prescription médicale. Le moyen de transport le moins onéreux compatible avec l'état du bénéficiaire doit être indiqué dans la convocation par :",
  'b) Le médecin-conseil dans les cas mentionnés au b ;',
];
const R322_10_2_NEW = [
  "En cas d'urgence, la prescription médicale peut être établie a posteriori.",
  "Dans les cas mentionnés au 2° de l'article R. 322-10, la convocation ou l'avis d'audience vaut prescription médicale. Le moyen de transport le moins onéreux compatible avec l'état du bénéficiaire doit être indiqué dans la convocation ou l'avis d'audience par :",
  'b) Le médecin-conseil dans les cas mentionnés au b ;',
];

function expectRoundTrip(diff: ArticleDiff, oldParagraphs: readonly string[], newParagraphs: readonly string[]): void {
  expect(applyDiff(diff)).toEqual({ oldParagraphs, newParagraphs });
}

describe('diffArticle', () => {
  it('shows the words R382-84 lost as one deletion inside the modified alinéa', () => {
    const diff = diffArticle([R382_84_OLD], [R382_84_NEW]);
    expect(diff.alineas).toHaveLength(1);
    expect(diff.alineas[0]).toMatchObject({ status: 'modified', oldIndex: 0, newIndex: 0 });
    expect(diff.alineas[0]?.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: " mutuelle d'assurance maladie des cultes" },
    ]);
    expect(diff.stats).toEqual({ alineasTouched: 1, wordsAdded: 0, wordsRemoved: 6 });
    expectRoundTrip(diff, [R382_84_OLD], [R382_84_NEW]);
  });

  it('replaces an article reference as one token', () => {
    const diff = diffArticle(
      ['Les communes membres de la communauté exercent les compétences prévues à l\'article L. 5211-17.'],
      ['Les communes membres de la communauté exercent les compétences prévues à l\'article L. 5211-18.'],
    );
    expect(diff.alineas[0]?.ops).toEqual([
      { op: 'equal', text: "Les communes membres de la communauté exercent les compétences prévues à l'article " },
      { op: 'delete', text: 'L. 5211-17' },
      { op: 'insert', text: 'L. 5211-18' },
      { op: 'equal', text: '.' },
    ]);
    expect(diff.stats).toEqual({ alineasTouched: 1, wordsAdded: 1, wordsRemoved: 1 });
  });

  it('reads the D544-8 rewrite of its references as one change, the spaces and commas between absorbed', () => {
    const diff = diffArticle([D544_8_OLD], [D544_8_NEW]);
    expect(diff.alineas[0]?.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: "à l'article L. 122-28-9" },
      { op: 'insert', text: 'aux articles L. 1225-62, L. 1225-63, L. 1225-64 et R. 1225-14' },
    ]);
    expectRoundTrip(diff, [D544_8_OLD], [D544_8_NEW]);
  });

  it('reads neighbouring word changes as one change, but keeps a longer common phrase between them', () => {
    const dates = diffArticle(['Le plafond applicable du 1er janvier 2025 est revalorisé.'], ['Le plafond applicable du 1er juillet 2026 est revalorisé.']);
    expect(dates.alineas[0]?.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'janvier 2025' },
      { op: 'insert', text: 'juillet 2026' },
    ]);
    const phrase = diffArticle(['Le montant est fixé par décret.'], ['Le plafond est fixé par arrêté.']);
    expect(phrase.alineas[0]?.ops).toEqual([
      { op: 'equal', text: 'Le ' },
      { op: 'delete', text: 'montant' },
      { op: 'insert', text: 'plafond' },
      { op: 'equal', text: ' est fixé par ' },
      { op: 'delete', text: 'décret' },
      { op: 'insert', text: 'arrêté' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('keeps the R322-10-2 insertions in their alinéa, the others unchanged', () => {
    const diff = diffArticle(R322_10_2_OLD, R322_10_2_NEW);
    expect(diff.alineas.map((alinea) => alinea.status)).toEqual(['unchanged', 'modified', 'unchanged']);
    expect(diff.alineas[1]?.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'insert', text: ' la convocation' },
      { op: 'insert', text: " ou l'avis d'audience" },
    ]);
    expect(diff.stats).toEqual({ alineasTouched: 1, wordsAdded: 7, wordsRemoved: 0 });
    expectRoundTrip(diff, R322_10_2_OLD, R322_10_2_NEW);
  });

  it('marks every alinéa unchanged when the wordings are equal, with no stats', () => {
    const diff = diffArticle(R322_10_2_OLD, [...R322_10_2_OLD]);
    expect(diff.alineas.map((alinea) => [alinea.status, alinea.oldIndex, alinea.newIndex])).toEqual([
      ['unchanged', 0, 0],
      ['unchanged', 1, 1],
      ['unchanged', 2, 2],
    ]);
    expect(diff.stats).toEqual({ alineasTouched: 0, wordsAdded: 0, wordsRemoved: 0 });
    expectRoundTrip(diff, R322_10_2_OLD, R322_10_2_OLD);
  });

  it('never shows apostrophes or spacing as changes; equal text carries the new wording', () => {
    const typographic = R382_84_OLD.replaceAll("'", '’').replaceAll(', ', ',\u00a0').replace('de la loi', 'de  la\u202floi');
    const diff = diffArticle([R382_84_OLD], [typographic]);
    expect(diff.alineas).toEqual([{ status: 'unchanged', oldIndex: 0, newIndex: 0, ops: [{ op: 'equal', text: typographic }] }]);

    const edited = diffArticle([R382_84_OLD], [typographic.replace('la caisse mutuelle d’assurance maladie des cultes,', 'la caisse,')]);
    expect(edited.alineas[0]?.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: " mutuelle d'assurance maladie des cultes" },
    ]);
    expect(applyDiff(edited).newParagraphs).toEqual([typographic.replace('la caisse mutuelle d’assurance maladie des cultes,', 'la caisse,')]);
  });

  it('pairs a lightly edited alinéa among inserted ones, and leaves unrelated alinéas removed and added', () => {
    const oldParagraphs = ['I. – Sont affiliés :', R382_84_OLD, 'Un arrêté fixe les modèles de déclarations.'];
    const newParagraphs = [
      'I. – Sont affiliés :',
      "En cas d'urgence, la prescription médicale peut être établie a posteriori.",
      R382_84_NEW,
      'b) Le médecin-conseil dans les cas mentionnés au b ;',
    ];
    const diff = diffArticle(oldParagraphs, newParagraphs);
    expect(diff.alineas.map((alinea) => [alinea.status, alinea.oldIndex, alinea.newIndex])).toEqual([
      ['unchanged', 0, 0],
      ['added', null, 1],
      ['modified', 1, 2],
      ['removed', 2, null],
      ['added', null, 3],
    ]);
    expect(diff.stats.alineasTouched).toBe(4);
    expectRoundTrip(diff, oldParagraphs, newParagraphs);
  });

  it('lists all alinéas added against an empty article, and all removed against an empty new wording', () => {
    expect(diffArticle([], R322_10_2_NEW).alineas.map((alinea) => alinea.status)).toEqual(['added', 'added', 'added']);
    const removed = diffArticle(R322_10_2_OLD, []);
    expect(removed.alineas.map((alinea) => alinea.status)).toEqual(['removed', 'removed', 'removed']);
    expect(removed.stats.wordsRemoved).toBe(60);
    expectRoundTrip(removed, R322_10_2_OLD, []);
  });

  it('keeps empty alinéas with no ops', () => {
    const diff = diffArticle(['', R382_84_OLD], [R382_84_OLD]);
    expect(diff.alineas).toEqual([
      { status: 'removed', oldIndex: 0, newIndex: null, ops: [] },
      { status: 'unchanged', oldIndex: 1, newIndex: 0, ops: [{ op: 'equal', text: R382_84_OLD }] },
    ]);
    expectRoundTrip(diff, ['', R382_84_OLD], [R382_84_OLD]);
  });
});

describe('diffArticle bounds', () => {
  it('shows an alinéa replaced whole when its word diff passes maxEditLength', () => {
    const diff = diffArticle([D544_8_OLD], [D544_8_NEW], { maxEditLength: 10 });
    expect(diff.alineas).toEqual([
      {
        status: 'replaced',
        oldIndex: 0,
        newIndex: 0,
        ops: [
          { op: 'delete', text: D544_8_OLD },
          { op: 'insert', text: D544_8_NEW },
        ],
      },
    ]);
    expect(diff.stats.alineasTouched).toBe(1);
  });

  it('replaces the whole article when the alinéa alignment passes maxEditLength', () => {
    const oldParagraphs = Array.from({ length: 3000 }, (_, i) => `${i + 1}° Le taux est fixé à ${i} % du plafond.`);
    const newParagraphs = oldParagraphs.map((paragraph, i) => (i % 2 === 0 ? `${paragraph} (abrogé)` : paragraph));
    const diff = diffArticle(oldParagraphs, newParagraphs, { maxEditLength: 100 });
    expect(diff.alineas.filter((alinea) => alinea.status === 'removed')).toHaveLength(3000);
    expect(diff.alineas.filter((alinea) => alinea.status === 'added')).toHaveLength(3000);
    expectRoundTrip(diff, oldParagraphs, newParagraphs);
  });

  it('replaces the whole article once its time is spent, yet equal wordings stay unchanged', () => {
    const diff = diffArticle(R322_10_2_OLD, R322_10_2_NEW, { timeoutMs: 0 });
    expect(diff.alineas.map((alinea) => alinea.status)).toEqual(['removed', 'removed', 'removed', 'added', 'added', 'added']);
    expectRoundTrip(diff, R322_10_2_OLD, R322_10_2_NEW);
    expect(diffArticle(R322_10_2_OLD, R322_10_2_OLD, { timeoutMs: 0 }).stats.alineasTouched).toBe(0);
  });

  it('leaves a run of more than 200 × 200 changed alinéas unpaired rather than compare them all', () => {
    const oldParagraphs = Array.from({ length: 250 }, (_, i) => `${i + 1}° Le taux est fixé à ${i} % du plafond.`);
    const newParagraphs = oldParagraphs.map((paragraph) => paragraph.replace('taux', 'montant'));
    const diff = diffArticle(oldParagraphs, newParagraphs);
    expect(diff.alineas.map((alinea) => alinea.status)).toEqual([...Array(250).fill('removed'), ...Array(250).fill('added')]);
    expectRoundTrip(diff, oldParagraphs, newParagraphs);
    const smaller = diffArticle(oldParagraphs.slice(0, 200), newParagraphs.slice(0, 200));
    expect(smaller.alineas.every((alinea) => alinea.status === 'modified')).toBe(true);
  });

  it('diffs thousands of alinéas and a 5 MB alinéa within the default bounds, exactly', () => {
    const oldParagraphs = Array.from({ length: 3000 }, (_, i) => `${i + 1}° Le taux est fixé à ${i} % du plafond.`);
    const newParagraphs = oldParagraphs.map((paragraph, i) => (i === 1500 ? paragraph.replace('taux', 'montant') : paragraph));
    const many = diffArticle(oldParagraphs, newParagraphs);
    expect(many.stats).toEqual({ alineasTouched: 1, wordsAdded: 1, wordsRemoved: 1 });

    const huge = R382_84_OLD.repeat(Math.ceil(5_000_000 / R382_84_OLD.length));
    const hugeDiff = diffArticle([huge], [`${huge} Fin.`]);
    expect(hugeDiff.alineas.map((alinea) => alinea.status)).toEqual(['removed', 'added']);
    expectRoundTrip(hugeDiff, [huge], [`${huge} Fin.`]);
  });
});
