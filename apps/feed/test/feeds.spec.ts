import { etagFor } from '@legifeed/publish';
import type { DatabaseKind } from '@legifeed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRealDump } from '@legifeed/db/testing';
import { parseFeed } from './support/parse-feed.js';
import { BACKENDS, CRPA, CRPA_DUMPS, startTestServer, type TestServer } from './support/test-server.js';

type Json = Record<string, any>;

const R572_3 = 'LEGIARTI000031370813';
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const toSecond = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();

function links(raw: Json): { rel?: string; href: string }[] {
  const link = raw['atom:link'];
  return (Array.isArray(link) ? link : [link]).map((entry: Json) => entry['@']);
}

// One server per backend for the whole file: the last test compares the two databases.
const servers = new Map<DatabaseKind, Promise<TestServer>>();
function serverOn(backend: DatabaseKind): Promise<TestServer> {
  if (!servers.has(backend)) servers.set(backend, startTestServer(backend));
  return servers.get(backend)!;
}
afterAll(async () => {
  for (const server of servers.values()) await (await server).close();
});

describe.each(BACKENDS)('feeds on %s', (backend) => {
  let server: TestServer;
  let amended: Json[];

  beforeAll(async () => {
    server = await serverOn(backend);
    amended = (await server.json('/api/changes?kind=amended&limit=500')).changes;
  });

  const text = async (path: string, headers: Record<string, string> = {}) => {
    const response = await server.get(path, headers);
    return { response, body: await response.text() };
  };

  it('serves Atom 1.0 with the feed and entry must-haves of RFC 4287', async () => {
    const { response, body } = await text('/feeds/changes.atom?kind=amended&limit=500');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const { meta, items } = await parseFeed(body);
    expect(meta['#type']).toBe('atom');
    expect(meta['#version']).toBe('1.0');
    expect(meta['atom:id']['#']).toBe(`${server.url}/feeds/changes?kind=amended`);
    expect(meta['atom:title']['#']).toBe('legifeed — toutes les modifications');
    expect(meta['atom:updated']['#']).toBe(amended[0]!.detectedAt);
    expect(meta['atom:author'].name['#']).toBe('legifeed');
    expect(links(meta)).toContainEqual({ rel: 'self', href: `${server.url}/feeds/changes.atom?kind=amended&limit=500` });
    expect(links(meta)).toContainEqual({ rel: 'alternate', href: `${server.url}/?kind=amended` });
    expect(items.map((item) => item['atom:id']['#'])).toEqual(amended.map((change) => `urn:legifeed:change:${change.id}`));
    items.forEach((item, index) => {
      const change = amended[index]!;
      expect(item['atom:updated']['#']).toBe(change.detectedAt);
      expect(item.title).toBe(change.title);
      expect(item.link).toBe(`${server.url}/changes/${change.id}`);
    });
    const r572 = items.find((item) => item.link.endsWith(amended.find((change) => change.article.cid === R572_3)!.id))!;
    expect(r572.description).toContain('<dt>Données Légifrance au</dt><dd>16 mai 2023</dd>');
    expect(r572.description).toMatch(/<ins [^>]*>.*R\. 114-9-7/);
    expect(r572.description).toContain('href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047543695"');
  });

  it('serves RSS 2.0 with a self link, non-permalink guids and pubDates', async () => {
    const { response, body } = await text('/feeds/changes.rss?kind=amended&limit=500');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const { meta, items } = await parseFeed(body);
    expect(meta['#type']).toBe('rss');
    expect(meta['#version']).toBe('2.0');
    expect(meta['rss:title']['#']).toBe('legifeed — toutes les modifications');
    expect(meta['rss:link']['#']).toBe(`${server.url}/?kind=amended`);
    expect(meta['rss:description']['#']).toBe('Modifications, alinéa par alinéa : toutes les modifications (filtres : kind=amended).');
    expect(meta['atom:link']['@']).toMatchObject({ rel: 'self', href: `${server.url}/feeds/changes.rss?kind=amended&limit=500` });
    expect(items.map((item) => item.guid)).toEqual(amended.map((change) => `urn:legifeed:change:${change.id}`));
    items.forEach((item, index) => {
      expect(item['rss:guid']['@'].ispermalink).toBe('false');
      expect(item.pubdate?.toISOString()).toBe(toSecond(amended[index]!.detectedAt));
    });
  });

  it('serves JSON Feed 1.1 with its version, feed_url and item ids and dates', async () => {
    const { response, body } = await text('/feeds/changes.json?kind=amended&limit=500');
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(body);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('legifeed — toutes les modifications');
    expect(feed.feed_url).toBe(`${server.url}/feeds/changes.json?kind=amended&limit=500`);
    expect(feed.home_page_url).toBe(`${server.url}/?kind=amended`);
    expect(feed.items.map((item: Json) => item.id)).toEqual(amended.map((change) => `urn:legifeed:change:${change.id}`));
    for (const item of feed.items) {
      expect(item.date_published).toMatch(RFC_3339);
      expect(item.content_html).toContain('<dl class="change-facts">');
      expect(item._legifeed.code).toEqual({ slug: CRPA, title: "Code des relations entre le public et l'administration" });
    }
  });

  it('takes the filters of the API, and refuses bad ones and cursors', async () => {
    const feed = JSON.parse((await text(`/feeds/changes.json?article=R114-9-1&kind=repealed&kind=amended`)).body);
    const api = (await server.json('/api/changes?article=R114-9-1&kind=repealed&kind=amended')).changes;
    expect(feed.items.map((item: Json) => item.id)).toEqual(api.map((change: Json) => `urn:legifeed:change:${change.id}`));
    expect(feed.items).toHaveLength(2);
    for (const [query, message] of [
      ['since=2023-02-30', 'since: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "2023-02-30"'],
      ['cursor=bzI4', 'unknown query parameter "cursor": this address accepts code, article, section, kind, since, until, dateField, q, cites, limit'],
    ]) {
      const { response, body } = await text(`/feeds/changes.atom?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.parse(body)).toEqual({ statusCode: 400, error: 'Bad Request', message });
    }
    expect((await server.get('/feeds/changes.xml')).status).toBe(404);
  });

  it('has short addresses per code and per article', async () => {
    const byCode = await parseFeed((await text(`/feeds/codes/${CRPA}.atom`)).body);
    const long = await parseFeed((await text(`/feeds/changes.atom?code=${CRPA}`)).body);
    expect(byCode.meta['atom:id']['#']).toBe(long.meta['atom:id']['#']);
    expect(byCode.meta['atom:title']['#']).toBe("legifeed — Code des relations entre le public et l'administration");
    expect(links(byCode.meta)).toContainEqual({ rel: 'self', href: `${server.url}/feeds/codes/${CRPA}.atom` });
    expect(byCode.items.map((item) => item.guid)).toEqual(long.items.map((item) => item.guid));

    const byArticle = await parseFeed((await text(`/feeds/articles/${R572_3}.rss`)).body);
    expect(byArticle.meta['rss:title']['#']).toBe("legifeed — Article R. 572-3, Code des relations entre le public et l'administration");
    expect(byArticle.meta['rss:link']['#']).toBe(`${server.url}/articles/${R572_3}`);
    expect(byArticle.items.map((item) => item.title)).toEqual(['Article R. 572-3 modifié — en vigueur le 14 mai 2023']);

    expect((await server.get('/feeds/codes/code-civil.atom')).status).toBe(404);
    expect((await server.get('/feeds/articles/LEGIARTI000000000001.json')).status).toBe(404);
    expect((await server.get(`/feeds/codes/${CRPA}.atom?code=${CRPA}`)).status).toBe(400);
  });

  it('gives the same bytes and a strong ETag from them, Last-Modified and Cache-Control', async () => {
    const first = await text('/feeds/changes.atom?kind=repealed');
    const again = await text('/feeds/changes.atom?kind=repealed');
    expect(again.body).toBe(first.body);
    const etag = first.response.headers.get('etag');
    expect(etag).toBe(etagFor(first.body));
    expect(again.response.headers.get('etag')).toBe(etag);
    expect(first.response.headers.get('cache-control')).toBe('public, max-age=300');
    const newestRepeal = (await server.json('/api/changes?kind=repealed&limit=1')).changes[0];
    expect(first.response.headers.get('last-modified')).toBe(new Date(newestRepeal.detectedAt).toUTCString());
  });

  it('answers 304 to If-None-Match and If-Modified-Since when the copy is current, 200 otherwise', async () => {
    const path = '/feeds/changes.rss?kind=created';
    const { response } = await text(path);
    const etag = response.headers.get('etag')!;
    const lastModified = response.headers.get('last-modified')!;
    const current: Record<string, string>[] = [
      { 'if-none-match': etag },
      { 'if-none-match': `W/${etag}` },
      { 'if-none-match': `"other", ${etag}` },
      { 'if-none-match': '*' },
      { 'if-modified-since': lastModified },
      { 'if-modified-since': new Date(Date.parse(lastModified) + 60_000).toUTCString() },
    ];
    for (const headers of current) {
      const notModified = await text(path, headers);
      expect(notModified.response.status, JSON.stringify(headers)).toBe(304);
      expect(notModified.body).toBe('');
      expect(notModified.response.headers.get('etag')).toBe(etag);
      expect(notModified.response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(notModified.response.headers.get('last-modified')).toBe(lastModified);
      expect(notModified.response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const stale: Record<string, string>[] = [
      { 'if-none-match': '"other"' },
      { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() },
      // If-None-Match decides when both are sent.
      { 'if-none-match': '"other"', 'if-modified-since': lastModified },
    ];
    for (const headers of stale) {
      expect((await server.get(path, headers)).status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('answers a cached repeat with the same headers as the first answer', async () => {
    const path = `/feeds/changes.json?section=LEGISCTA000031367410&limit=7`;
    const first = await server.get(path);
    const repeat = await server.get(path);
    const headers = (response: Response) => [...response.headers].filter(([name]) => name !== 'date');
    expect(headers(repeat)).toEqual(headers(first));
    expect(await repeat.text()).toBe(await first.text());
  });

  it('keeps every item when the same dump is ingested again', async () => {
    const before = await text('/feeds/changes.atom?limit=500');
    const again = await recordRealDump(server.storage.database, `${CRPA_DUMPS}crpa-2023-05-16T0334.jsonl.gz`);
    expect(again.changes).toEqual([]);
    const after = await text('/feeds/changes.atom?limit=500');
    expect(after.body).toBe(before.body);
  });
});

describe('feed item ids', () => {
  it('are the same in databases built apart from the same dumps (PGlite and PostgreSQL)', async () => {
    const guids = async (backend: DatabaseKind) => {
      const response = await (await serverOn(backend)).get('/feeds/changes.rss?limit=500');
      return (await parseFeed(await response.text())).items.map((item) => item.guid);
    };
    const [pglite, postgres] = await Promise.all(BACKENDS.map(guids));
    expect(pglite!.length).toBeGreaterThan(30);
    expect(postgres).toEqual(pglite);
  });
});
