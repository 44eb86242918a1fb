import { Feed, type Item } from 'feed';
import { escapeHtmlText } from '../html.js';
import type { FeedMeta, PublishedChange, SiteLinks } from '../types.js';
import { KIND_LABELS } from '../wording/change-title.js';
import { FEED_AUTHOR, FEED_RIGHTS, feedItems, type FeedItem } from './feed-items.js';

function newFeed(meta: FeedMeta, self: 'atom' | 'rss'): Feed {
  const updated = new Date(meta.updated);
  if (Number.isNaN(updated.getTime())) throw new RangeError(`feed ${meta.id}: updated "${meta.updated}" is not an ISO instant`);
  return new Feed({
    id: meta.id,
    title: meta.title,
    description: meta.description ?? meta.title,
    link: meta.htmlUrl,
    feedLinks: { [self]: meta.selfUrl },
    language: 'fr',
    // Given, never defaulted: the library would otherwise stamp the time of rendering.
    updated,
    generator: 'legifeed',
    author: { name: FEED_AUTHOR, link: meta.htmlUrl },
    copyright: FEED_RIGHTS,
  });
}

// The library writes Atom entry titles as `type="html"`, and RSS readers commonly read titles as HTML too: the
// plain title is escaped for both, so a number or section title holding "<" can never become markup.
function item(entry: FeedItem): Item {
  return {
    id: entry.id,
    title: escapeHtmlText(entry.title),
    link: entry.url,
    date: entry.published,
    published: entry.published,
    content: entry.contentHtml,
    category: [{ name: KIND_LABELS[entry.change.kind], term: entry.change.kind }],
  };
}

/** Atom 1.0 (RFC 4287): feed id, title, updated, author and rel="self"; entries with id, title, updated. */
export function renderAtom(changes: readonly PublishedChange[], meta: FeedMeta, links: SiteLinks): string {
  const feed = newFeed(meta, 'atom');
  for (const entry of feedItems(changes, links)) feed.addItem(item(entry));
  return feed.atom1();
}

/** RSS 2.0: guid is the item's URN with isPermaLink="false"; pubDate is the detection instant, RFC 822. */
export function renderRss(changes: readonly PublishedChange[], meta: FeedMeta, links: SiteLinks): string {
  const feed = newFeed(meta, 'rss');
  for (const entry of feedItems(changes, links)) feed.addItem(item(entry));
  return feed.rss2();
}
