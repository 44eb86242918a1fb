import { describe, expect, it } from 'vitest';
import { REAL_CHANGES, SITE } from '../real-changes.test-helpers.js';
import { changeTitle } from '../wording/change-title.js';
import { feedMetaFor } from './feed.test-helpers.js';
import { renderJsonFeed } from './json-feed.js';

const meta = feedMetaFor('json');
const feed = JSON.parse(renderJsonFeed(REAL_CHANGES, meta, SITE));
const newestFirst = [...REAL_CHANGES].sort((a, b) => b.sequence - a.sequence);

// The top-level and item keys JSON Feed 1.1 defines; anything else must be an extension ("_" prefix).
const FEED_KEYS = ['version', 'title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon', 'authors', 'language', 'expired', 'hubs', 'items'];
const ITEM_KEYS = ['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published', 'date_modified', 'authors', 'tags', 'language', 'attachments'];
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('renderJsonFeed', () => {
  it('is JSON Feed 1.1 with its required and recommended top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(meta.title);
    expect(feed.home_page_url).toBe(meta.htmlUrl);
    expect(feed.feed_url).toBe(meta.selfUrl);
    expect(feed.authors).toEqual([{ name: 'legifeed', url: meta.htmlUrl }]);
    expect(feed.author).toBeUndefined();
    expect(Object.keys(feed).every((key) => FEED_KEYS.includes(key))).toBe(true);
  });

  it('gives every item a string id, content_html and an RFC 3339 date_published, newest first', () => {
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(newestFirst.map((change) => `urn:legifeed:change:${change.id}`));
    feed.items.forEach((item: Record<string, unknown>, index: number) => {
      const change = newestFirst[index]!;
      expect(typeof item.id).toBe('string');
      expect(item.content_html).toEqual(expect.stringContaining('<dl class="change-facts">'));
      expect(item.date_published).toMatch(RFC_3339);
      expect(item.date_published).toBe(change.detectedAt);
      expect(item.title).toBe(changeTitle(change));
      expect(item.url).toBe(`https://legifeed.example.org/changes/${change.id}`);
      expect(Object.keys(item).every((key) => ITEM_KEYS.includes(key) || key.startsWith('_'))).toBe(true);
    });
  });

  it('keeps the three dates apart in the _legifeed extension', () => {
    const undetermined = feed.items.find((item: { id: string }) => item.id === 'urn:legifeed:change:chg-000007');
    expect(undetermined._legifeed).toMatchObject({
      kind: 'repeal_scheduled',
      effective_date: 'undetermined',
      dump_date: '2020-06-18',
      detected_at: '2020-06-19T01:00:00.000Z',
      legifrance_url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006749775',
    });
    expect(undetermined.content_html).toContain("<dt>Date d'effet</dt><dd>non encore déterminée</dd>");
  });
});
