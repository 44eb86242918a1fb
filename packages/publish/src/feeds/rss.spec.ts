import { describe, expect, it } from 'vitest';
import { REAL_CHANGES, SITE } from '../real-changes.test-helpers.js';
import { changeTitle } from '../wording/change-title.js';
import { feedMetaFor, parseFeed } from './feed.test-helpers.js';
import { renderRss } from './xml-feeds.js';

type Raw = Record<string, any>;

const meta = feedMetaFor('rss');
const xml = renderRss(REAL_CHANGES, meta, SITE);
const newestFirst = [...REAL_CHANGES].sort((a, b) => b.sequence - a.sequence);
// RFC 822 as RSS 2.0 uses it, with a four-digit year.
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('renderRss', () => {
  it('parses as RSS 2.0 with channel title, link, description and a self link', async () => {
    const { meta: parsed } = await parseFeed(xml);
    const raw = parsed as unknown as Raw;
    expect(parsed['#type']).toBe('rss');
    expect(parsed['#version']).toBe('2.0');
    expect(raw['rss:title']['#']).toBe(meta.title);
    expect(raw['rss:link']['#']).toBe(meta.htmlUrl);
    expect(raw['rss:description']['#']).toBe(meta.description);
    expect(raw['rss:lastbuilddate']['#']).toBe('Tue, 02 Jan 2024 05:12:40 GMT');
    expect(raw['atom:link']['@']).toMatchObject({ rel: 'self', href: meta.selfUrl });
    expect(parsed.language).toBe('fr');
  });

  it('gives every item a guid that is not a permalink and an RFC 822 pubDate, newest first', async () => {
    const { items } = await parseFeed(xml);
    expect(items.map((item) => item.guid)).toEqual(newestFirst.map((change) => `urn:legifeed:change:${change.id}`));
    items.forEach((item, index) => {
      const change = newestFirst[index]!;
      const raw = item as unknown as Raw;
      expect(raw['rss:guid']['@'].ispermalink).toBe('false');
      expect(raw['rss:pubdate']['#']).toMatch(RFC_822);
      expect(item.pubdate?.toISOString()).toBe(change.detectedAt);
      expect(item.title).toBe(changeTitle(change));
      expect(item.link).toBe(`https://legifeed.example.org/changes/${change.id}`);
    });
  });

  it('carries the content with the three dates kept apart', async () => {
    const { items } = await parseFeed(xml);
    const corrected = items.find((item) => item.guid === 'urn:legifeed:change:chg-000731')!;
    expect(corrected.description).toContain("<dt>Date d'effet</dt><dd>non indiquée par la source</dd>");
    expect(corrected.description).toContain('<dt>Données Légifrance au</dt><dd>14 mai 2023</dd>');
    expect(corrected.description).toContain('<dt>Détecté le</dt><dd>15 mai 2023 à 5 h 47 (heure de Paris)</dd>');
  });
});
