import type { FeedLinks } from '@legifeed/publish';

// The app's own addresses, root-relative; packages/publish has those of change and article pages.

export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** `query` is a canonical query string: empty, or starting with "?". */
export function changesFeedPath(format: FeedFormat, query = ''): string {
  return `/feeds/changes.${format}${query}`;
}

export function codeFeedPath(slug: string, format: FeedFormat, query = ''): string {
  return `/feeds/codes/${encodeURIComponent(slug)}.${format}${query}`;
}

export function articleFeedPath(cid: string, format: FeedFormat, query = ''): string {
  return `/feeds/articles/${encodeURIComponent(cid)}.${format}${query}`;
}

export function feedLinksOf(pathOf: (format: FeedFormat) => string): FeedLinks {
  return { atom: pathOf('atom'), rss: pathOf('rss'), json: pathOf('json') };
}

export function articleApiPath(cid: string): string {
  return `/api/articles/${encodeURIComponent(cid)}`;
}

export function changesApiPath(query = ''): string {
  return `/api/changes${query}`;
}
