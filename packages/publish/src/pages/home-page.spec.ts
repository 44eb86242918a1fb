import { describe, expect, it } from 'vitest';
import { amendedL211_7, correctedR382_84, REAL_CHANGES, repealUndeterminedR382_70 } from '../real-changes.test-helpers.js';
import type { FeedLinks, HomePageInput } from '../types.js';
import { changeTitle } from '../wording/change-title.js';
import { renderHomePage } from './home-page.js';
import { expectSoundPage } from './page.test-helpers.js';

const FEEDS: FeedLinks = {
  atom: '/feeds/changes.atom?code=code-de-la-securite-sociale&kind=corrected',
  rss: '/feeds/changes.rss?code=code-de-la-securite-sociale&kind=corrected',
  json: '/feeds/changes.json?code=code-de-la-securite-sociale&kind=corrected',
};

const CODES = [
  { slug: 'code-de-la-securite-sociale', title: 'Code de la sécurité sociale' },
  { slug: 'code-des-relations-entre-le-public-et-l-administration', title: "Code des relations entre le public et l'administration" },
];

function input(overrides: Partial<HomePageInput> = {}): HomePageInput {
  return {
    changes: REAL_CHANGES,
    filters: { code: 'code-de-la-securite-sociale', kind: ['corrected', 'amended'], since: '2023-05-01', until: '2023-05-31', dateField: 'effective' },
    feedLinks: FEEDS,
    pagination: { next: '/?cursor=731', previous: null },
    codes: CODES,
    ...overrides,
  };
}

describe('renderHomePage', () => {
  it('is a sound French page announcing the feeds of the current filter', () => {
    const $ = expectSoundPage(renderHomePage(input()));
    expect($('link[rel="alternate"]').toArray().map((link) => [link.attribs.type, link.attribs.href])).toEqual([
      ['application/atom+xml', FEEDS.atom],
      ['application/rss+xml', FEEDS.rss],
      ['application/feed+json', FEEDS.json],
    ]);
    expect($('.feeds a').toArray().map((link) => link.attribs.href)).toEqual([FEEDS.atom, FEEDS.rss, FEEDS.json]);
  });

  it('lists each change with its title, section, and the three dates apart', () => {
    const $ = expectSoundPage(renderHomePage(input()));
    const titles = $('.change-list h3 a').toArray();
    expect(titles.map((link) => $(link).text())).toEqual(REAL_CHANGES.map(changeTitle));
    expect(titles.map((link) => link.attribs.href)).toEqual(REAL_CHANGES.map((change) => `/changes/${change.id}`));
    const corrected = $('.change-list li').eq(REAL_CHANGES.indexOf(correctedR382_84));
    expect(corrected.find('.change-meta').text()).toContain('Code de la sécurité sociale — Partie réglementaire');
    expect(corrected.find('.change-dates').text()).toBe(
      "Date d'effet : non indiquée par la source · Données Légifrance au 14 mai 2023 · Détecté le 15 mai 2023 à 5 h 47 (heure de Paris)",
    );
    const undetermined = $('.change-list li').eq(REAL_CHANGES.indexOf(repealUndeterminedR382_70));
    expect(undetermined.find('.change-dates').text()).toContain("Date d'effet : non encore déterminée");
  });

  it('fills the filter form with the current filter: code, section, article, kinds, dates', () => {
    const $ = expectSoundPage(renderHomePage(input({ filters: { ...input().filters, section: 'LEGISCTA000006194731', article: 'R382-84' } })));
    const form = $('form[role="search"]');
    expect(form.attr('method')).toBe('get');
    expect(form.find('select[name="code"] option[selected]').attr('value')).toBe('code-de-la-securite-sociale');
    expect(form.find('input[name="section"]').attr('value')).toBe('LEGISCTA000006194731');
    expect(form.find('input[name="article"]').attr('value')).toBe('R382-84');
    expect(form.find('input[name="kind"]')).toHaveLength(9);
    expect(form.find('input[name="kind"][checked]').toArray().map((box) => box.attribs.value)).toEqual(['amended', 'corrected']);
    expect(form.find('select[name="dateField"] option[selected]').attr('value')).toBe('effective');
    expect(form.find('input[name="since"]').attr('value')).toBe('2023-05-01');
    expect(form.find('input[name="until"]').attr('value')).toBe('2023-05-31');
  });

  it('offers a free text code field when no list of codes is given', () => {
    const $ = expectSoundPage(renderHomePage(input({ codes: undefined })));
    expect($('input[name="code"]').attr('value')).toBe('code-de-la-securite-sociale');
  });

  it('links the next page and says when nothing matches', () => {
    const $ = expectSoundPage(renderHomePage(input()));
    expect($('nav.pagination a[rel="next"]').attr('href')).toBe('/?cursor=731');
    expect($('nav.pagination a[rel="prev"]')).toHaveLength(0);
    const empty = expectSoundPage(renderHomePage(input({ changes: [], pagination: { next: null, previous: null } })));
    expect(empty('main').text()).toContain('Aucune modification ne correspond à ces filtres.');
    expect(empty('nav.pagination')).toHaveLength(0);
  });

  it('keeps what the user typed as text', () => {
    const typed = '"><script>alert(1)</script>';
    const page = renderHomePage(input({ changes: [amendedL211_7], filters: { article: typed, section: typed } }));
    const $ = expectSoundPage(page);
    expect($('input[name="article"]').attr('value')).toBe(typed);
    expect(page).not.toContain('<script>');
  });
});
