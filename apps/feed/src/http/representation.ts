import { etagFor } from '@legifeed/publish';

/** A response body with what conditional requests and caches need to know about it. */
export interface Representation {
  contentType: string;
  body: Buffer;
  /** Strong: from the bytes. */
  etag: string;
  lastModified: Date | null;
  cacheControl: string;
}

/** Feeds: readers poll them; five minutes of staleness is what they expect. */
export const CACHE_FEED = 'public, max-age=300';
/** API and pages: may be stored, but revalidated (cheaply, by ETag) on every use. */
export const CACHE_REVALIDATE = 'public, no-cache';
export const CACHE_ASSET = 'public, max-age=86400';

export const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  patch: 'text/x-diff; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  jsonFeed: 'application/feed+json; charset=utf-8',
} as const;

export function representation(
  text: string,
  contentType: string,
  options: { lastModified?: Date | null; cacheControl?: string } = {},
): Representation {
  const body = Buffer.from(text, 'utf8');
  return {
    contentType,
    body,
    etag: etagFor(body),
    lastModified: options.lastModified ?? null,
    cacheControl: options.cacheControl ?? CACHE_REVALIDATE,
  };
}

export function jsonRepresentation(value: unknown, options: { lastModified?: Date | null } = {}): Representation {
  return representation(`${JSON.stringify(value, null, 2)}\n`, MEDIA_TYPES.json, options);
}
