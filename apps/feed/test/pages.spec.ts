import { SITE_CSS } from '@legifeed/publish';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRPA, startTestServer, type TestServer } from './support/test-server.js';

type Json = Record<string, any>;

const R572_3 = 'LEGIARTI000031370813';
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// Pages render the same on both backends (the API and feed tests cover storage on each): PGlite, as embedded mode.
describe('HTML pages', () => {
  let server: TestServer;
  let all: Json[];

  beforeAll(async () => {
    server = await startTestServer('pglite');
    all = (await server.json('/api/changes?limit=500')).changes;
  });
  afterAll(() => server?.close());

  const page = async (path: string) => {
    const response = await server.get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    // Scripts and inline styles are what the CSP would block: pages have none.
    expect(html).not.toMatch(/<script|<style|\sstyle=/i);
    return load(html);
  };

  it('shows the latest changes, the filter form and the feeds of the list on the home page', async () => {
    const $ = await page('/');
    expect($('html').attr('lang')).toBe('fr');
    expect($('h1').text()).toBe('Dernières modifications');
    expect($('.change-list > li h3').map((_, title) => $(title).text()).get()).toEqual(all.map((change) => change.title));
    expect($('form[role=search]').attr('method')).toBe('get');
    expect($('#filtre-code option').map((_, option) => $(option).attr('value')).get()).toEqual(['', CRPA]);
    expect($('link[rel=alternate][type="application/atom+xml"]').attr('href')).toBe('/feeds/changes.atom');
  });

  it('filters as the form submits (blank fields included) and gives the feeds of that filter', async () => {
    const $ = await page('/?code=&section=&article=R572-3&kind=amended&since=&until=&dateField=detected');
    expect($('.change-list > li h3').map((_, title) => $(title).text()).get()).toEqual(['Article R. 572-3 modifié — en vigueur le 14 mai 2023']);
    expect($('#filtre-article').attr('value')).toBe('R572-3');
    expect($('#filtre-kind-amended').attr('checked')).toBeDefined();
    expect($('#filtre-kind-created').attr('checked')).toBeUndefined();
    expect($('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe('/feeds/changes.rss?article=R572-3&kind=amended');
    expect($('p.feeds a[type="application/feed+json"]').attr('href')).toBe('/feeds/changes.json?article=R572-3&kind=amended');
  });

  it('pages through the list with cursor links', async () => {
    const first = await page('/?limit=20');
    expect(first('.change-list > li')).toHaveLength(20);
    expect(first('a[rel=prev]')).toHaveLength(0);
    const next = await page(first('a[rel=next]').attr('href')!);
    expect(next('.change-list > li h3').map((_, title) => next(title).text()).get()).toEqual(all.slice(20).map((change) => change.title));
    expect(next('a[rel=next]')).toHaveLength(0);
    const back = await page(next('a[rel=prev]').attr('href')!);
    expect(back('.change-list > li h3').first().text()).toBe(all[0]!.title);
  });

  it('answers a bad filter with a 400', async () => {
    const response = await server.get('/?since=16/05/2023');
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe('since: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "16/05/2023"');
  });

  it('shows a change with its facts and its diff alinéa by alinéa', async () => {
    const change = all.find((entry) => entry.article.cid === R572_3)!;
    const $ = await page(`/changes/${change.id}`);
    expect($('h1').text()).toBe('Article R. 572-3 modifié — en vigueur le 14 mai 2023');
    expect($('del').first().text()).toContain('R. 114-9-1 et R. 114-9-2');
    expect($('ins').map((_, inserted) => $(inserted).text()).get().join(' ')).toContain('11 mai 2023');
    expect($(`a[href="/articles/${R572_3}"]`).length).toBeGreaterThan(0);
    expect($('a[href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047543695"]').length).toBeGreaterThan(0);
    expect((await server.get('/changes/0123')).status).toBe(404);
  });

  it('shows an article with its timeline and the diff between two chosen versions', async () => {
    const timeline = await page(`/articles/${R572_3}`);
    expect(timeline('h1').text()).toBe("Article R. 572-3 — Code des relations entre le public et l'administration");
    expect(timeline('.timeline li')).toHaveLength(2);
    expect(timeline('#titre-comparaison')).toHaveLength(0);
    expect(timeline('link[rel=alternate][type="application/atom+xml"]').attr('href')).toBe(`/feeds/articles/${R572_3}.atom`);
    const compared = await page(`/articles/${R572_3}?from=LEGIARTI000043396222&to=LEGIARTI000047543695`);
    expect(compared('#titre-comparaison').text()).toBe('Comparaison, alinéa par alinéa');
    expect(compared('#version-from option[selected]').attr('value')).toBe('LEGIARTI000043396222');
    expect(compared('del').first().text()).toContain('R. 114-9-1 et R. 114-9-2');
    expect((await server.get(`/articles/${R572_3}?from=LEGIARTI000000000001`)).status).toBe(400);
    expect((await server.get(`/articles/${R572_3}?version=1`)).status).toBe(400);
    expect((await server.get('/articles/LEGIARTI000000000001')).status).toBe(404);
  });

  it('serves the stylesheet, cacheable', async () => {
    const response = await server.get('/assets/site.css');
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await response.text()).toBe(SITE_CSS);
    expect((await server.get('/assets/site.css', { 'if-none-match': response.headers.get('etag')! })).status).toBe(304);
  });

  it('sends the security headers with every kind of response', async () => {
    const change = all[0]!;
    const etag = (await server.get('/feeds/changes.atom')).headers.get('etag')!;
    const responses = await Promise.all([
      server.get('/'),
      server.get(`/changes/${change.id}`),
      server.get(`/articles/${R572_3}`),
      server.get('/assets/site.css'),
      server.get('/feeds/changes.atom'),
      server.get('/feeds/changes.atom', { 'if-none-match': etag }),
      server.get('/api/changes'),
      server.get('/api/changes?kind=nope'),
      server.get('/nowhere'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 304, 200, 400, 404]);
    for (const response of responses) {
      expect(response.headers.get('content-security-policy'), response.url).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});
