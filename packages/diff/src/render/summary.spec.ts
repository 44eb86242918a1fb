import { describe, expect, it } from 'vitest';
import { diffArticle } from '../article-diff/diff-article.js';
import { summariseDiff } from './summary.js';

const R382_84 =
  "Sur la base de cette déclaration, la caisse mutuelle d'assurance maladie des cultes, agissant dans le cadre de ses attributions légales, est autorisée à collecter des informations nominatives.";

describe('summariseDiff', () => {
  it('counts alinéas and words and quotes the first change with a word of context on each side', () => {
    const diff = diffArticle([R382_84], [R382_84.replace("la caisse mutuelle d'assurance maladie des cultes,", 'la caisse,')]);
    expect(summariseDiff(diff)).toBe("1 alinéa modifié ; 6 mots supprimés ; « … caisse mutuelle d'assurance maladie des cultes, agissant → caisse, agissant … »");
  });

  it('agrees in number and lists modified, added and removed alinéas', () => {
    const old = ['Le plafond est fixé au 1er janvier 2025.', 'Le taux est de 5 %.', 'Il est révisé chaque année.'];
    const next = ['Le plafond est fixé au 1er juillet 2025.', 'Le taux est de 6 %.', 'Un décret en précise les modalités.'];
    expect(summariseDiff(diffArticle(old, next))).toBe(
      '2 alinéas modifiés, 1 ajouté, 1 supprimé ; 8 mots ajoutés, 7 supprimés ; « … 1er janvier 2025 → 1er juillet 2025 … »',
    );
  });

  it('quotes an added alinéa, cut to about 120 characters', () => {
    const added = `II. – ${'Les dispositions du présent article sont applicables aux cotisations dues au titre des périodes courant '.repeat(3)}`;
    const summary = summariseDiff(diffArticle(['I. – Sont affiliés :'], ['I. – Sont affiliés :', added]));
    expect(summary).toMatch(/^1 alinéa ajouté ; 46 mots ajoutés ; ajout : « II\. – Les dispositions .{80,110}… »$/);
  });

  it('says so when nothing changed', () => {
    expect(summariseDiff(diffArticle([R382_84], [R382_84]))).toBe('aucune modification');
  });
});
