import type { Representation } from './representation.js';

export interface ConditionalHeaders {
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
}

/**
 * RFC 9110 §13.2.2 for GET: If-None-Match decides when present (weak comparison, "*" matches anything);
 * If-Modified-Since is only looked at without it, to the second as HTTP dates go.
 */
export function isNotModified(headers: ConditionalHeaders, current: Pick<Representation, 'etag' | 'lastModified'>): boolean {
  if (headers.ifNoneMatch !== undefined) {
    // A client sends back the one tag it was given, most of the time.
    if (headers.ifNoneMatch === current.etag) return true;
    const wanted = opaqueTag(current.etag);
    return headers.ifNoneMatch
      .split(',')
      .map((tag) => tag.trim())
      .some((tag) => tag === '*' || opaqueTag(tag) === wanted);
  }
  if (headers.ifModifiedSince === undefined || current.lastModified === null) return false;
  const since = Date.parse(headers.ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(current.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

function opaqueTag(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
