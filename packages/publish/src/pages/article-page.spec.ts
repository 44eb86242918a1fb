import { diffArticle } from '@legifeed/diff';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../html.js';
import type { ArticlePageInput, ArticleVersionView } from '../types.js';
import { renderArticlePage } from './article-page.js';
import { expectSoundPage } from './page.test-helpers.js';

// crpa L211-7 as the dumps show it: LEGIARTI000031367519 in crpa-2023-08-16T0328, LEGIARTI000048600728 in
// crpa-2024-01-01T2336. `html` stands for the parser's sanitised output: one <p> an alinéa.
const SECOND =
  "L'obligation de motivation s'étend aux décisions par lesquelles les organismes et institutions mentionnés à l'alinéa précédent refusent l'attribution d'aides ou de subventions dans le cadre de leur action sanitaire et sociale.";
const OLD = [
  "Les organismes de sécurité sociale et Pôle emploi doivent faire connaître les motifs des décisions individuelles par lesquelles ils refusent un avantage dont l'attribution constitue un droit pour les personnes qui remplissent les conditions légales pour l'obtenir.",
  SECOND,
];
const NEW = [
  "Les organismes de sécurité sociale et l'opérateur France Travail doivent faire connaître les motifs des décisions individuelles par lesquelles ils refusent un avantage dont l'attribution constitue un droit pour les personnes qui remplissent les conditions légales pour l'obtenir.",
  SECOND,
];
const sanitised = (paragraphs: string[]) => paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');

const VERSIONS: ArticleVersionView[] = [
  { id: 'LEGIARTI000031367519', num: 'L211-7', etat: 'VIGUEUR', status: 'in_force', validFrom: '2016-01-01', validTo: null, html: sanitised(OLD) },
  { id: 'LEGIARTI000048600728', num: 'L211-7', etat: 'VIGUEUR', status: 'in_force', validFrom: '2024-01-01', validTo: null, html: sanitised(NEW) },
];

const ARTICLE: ArticlePageInput['article'] = {
  cid: 'LEGIARTI000031367519',
  num: 'L211-7',
  code: { slug: 'code-des-relations-entre-le-public-et-l-administration', title: "Code des relations entre le public et l'administration" },
  sectionPath: ["Livre II : LES ACTES UNILATÉRAUX PRIS PAR L'ADMINISTRATION", 'Titre Ier : LA MOTIVATION ET LA SIGNATURE DES ACTES ADMINISTRATIFS', 'Chapitre Ier : Motivation', 'Section 3 : Règles spécifiques à certains organismes'],
};

describe('renderArticlePage', () => {
  it('shows the timeline of versions with their periods and Légifrance links', () => {
    const $ = expectSoundPage(renderArticlePage({ article: ARTICLE, versions: VERSIONS }));
    expect($('h1').text()).toBe("Article L. 211-7 — Code des relations entre le public et l'administration");
    expect($('.timeline li').toArray().map((item) => $(item).text())).toEqual([
      'Version à compter du 1er janvier 2016, sans date de fin (en vigueur) — LEGIARTI000031367519 sur Légifrance',
      'Version à compter du 1er janvier 2024, sans date de fin (en vigueur) — LEGIARTI000048600728 sur Légifrance',
    ]);
    expect($('.timeline a').first().attr('href')).toBe('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367519');
  });

  it('offers to compare any two versions, proposing the last amendment', () => {
    const $ = expectSoundPage(renderArticlePage({ article: ARTICLE, versions: VERSIONS }));
    const form = $('form');
    expect(form.attr('action')).toBe('/articles/LEGIARTI000031367519');
    expect(form.find('select[name="from"] option')).toHaveLength(2);
    expect(form.find('select[name="from"] option[selected]').attr('value')).toBe('LEGIARTI000031367519');
    expect(form.find('select[name="to"] option[selected]').attr('value')).toBe('LEGIARTI000048600728');
    expect($('#titre-comparaison')).toHaveLength(0);
  });

  it('shows the diff asked for, and the text compared to as the sanitiser gave it', () => {
    const diff = diffArticle(OLD, NEW);
    const page = renderArticlePage({ article: ARTICLE, versions: VERSIONS, diff, from: VERSIONS[0]!.id, to: VERSIONS[1]!.id });
    const $ = expectSoundPage(page);
    expect($('#titre-comparaison').parent().find('del').text()).toBe('[supprimé : Pôle emploi]');
    expect($('#titre-comparaison').parent().find('ins').text()).toBe("[ajouté : l'opérateur France Travail]");
    expect($('#titre-texte').text()).toBe('Texte de la version à compter du 1er janvier 2024, sans date de fin');
    expect(page).toContain(`<div class="article-text">${VERSIONS[1]!.html}</div>`);
  });

  it('announces the article\'s feeds when given', () => {
    const feedLinks = { atom: '/feeds/articles/LEGIARTI000031367519.atom', rss: '/feeds/articles/LEGIARTI000031367519.rss', json: '/feeds/articles/LEGIARTI000031367519.json' };
    const $ = expectSoundPage(renderArticlePage({ article: ARTICLE, versions: VERSIONS, feedLinks }));
    expect($('link[rel="alternate"]').toArray().map((link) => link.attribs.href)).toEqual([feedLinks.atom, feedLinks.rss, feedLinks.json]);
  });
});
