import { describe, expect, it } from 'vitest';
import { REAL_CHANGES, SITE } from '../real-changes.test-helpers.js';
import { changeTitle } from '../wording/change-title.js';
import { feedMetaFor, parseFeed } from './feed.test-helpers.js';
import { renderAtom } from './xml-feeds.js';

type Raw = Record<string, any>;

const meta = feedMetaFor('atom');
const xml = renderAtom(REAL_CHANGES, meta, SITE);
const newestFirst = [...REAL_CHANGES].sort((a, b) => b.sequence - a.sequence);

function links(raw: Raw): { rel?: string; href: string }[] {
  const link = raw['atom:link'];
  return (Array.isArray(link) ? link : [link]).map((entry: Raw) => entry['@']);
}

describe('renderAtom', () => {
  it('parses as Atom 1.0 with the feed-level must-haves of RFC 4287', async () => {
    const { meta: parsed } = await parseFeed(xml);
    const raw = parsed as unknown as Raw;
    expect(parsed['#type']).toBe('atom');
    expect(parsed['#version']).toBe('1.0');
    expect(raw['atom:id']['#']).toBe(meta.id);
    expect(raw['atom:title']['#']).toBe(meta.title);
    expect(raw['atom:updated']['#']).toBe(meta.updated);
    expect(raw['atom:author'].name['#']).toBe('legifeed');
    expect(links(raw)).toContainEqual({ rel: 'self', href: meta.selfUrl });
    expect(links(raw)).toContainEqual({ rel: 'alternate', href: meta.htmlUrl });
  });

  it('gives every entry an id, a title, updated and a link to its change page, newest first', async () => {
    const { items } = await parseFeed(xml);
    expect(items.map((item) => (item as unknown as Raw)['atom:id']['#'])).toEqual(
      newestFirst.map((change) => `urn:legifeed:change:${change.id}`),
    );
    items.forEach((item, index) => {
      const change = newestFirst[index]!;
      const raw = item as unknown as Raw;
      expect(raw['atom:title']['#']).toBe(changeTitle(change));
      expect(raw['atom:updated']['#']).toBe(change.detectedAt);
      expect(raw['atom:published']['#']).toBe(change.detectedAt);
      expect(item.link).toBe(`https://legifeed.example.org/changes/${change.id}`);
      expect(item.categories).toEqual([change.kind]);
    });
  });

  it('carries the diff and the links to our page and to Légifrance in the content', async () => {
    const { items } = await parseFeed(xml);
    const amended = items.find((item) => item.guid === 'urn:legifeed:change:chg-000118')!;
    expect(amended.description).toContain('Pôle emploi');
    expect(amended.description).toContain('France Travail');
    expect(amended.description).toContain('href="https://legifeed.example.org/changes/chg-000118"');
    expect(amended.description).toContain('href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048600728"');
  });

  it('is refused by the strict pass when the XML is not well-formed', async () => {
    await expect(parseFeed(xml.replace('<title>', '<title><'))).rejects.toThrow();
  });
});
