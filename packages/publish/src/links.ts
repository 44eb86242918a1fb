import type { PublishedChange, SiteLinks } from './types.js';

/** Root-relative paths, for the site's own pages. */
export function changePath(changeId: string): string {
  return `/changes/${encodeURIComponent(changeId)}`;
}

export function articlePath(cid: string): string {
  return `/articles/${encodeURIComponent(cid)}`;
}

/** The change as JSON, diff included: what webhook receivers fetch. */
export function changeApiPath(changeId: string): string {
  return `/api/changes/${encodeURIComponent(changeId)}`;
}

export function absoluteUrl(links: SiteLinks, path: string): string {
  return `${links.baseUrl.replace(/\/+$/, '')}${path}`;
}

export function legifranceUrl(versionId: string): string {
  return `https://www.legifrance.gouv.fr/codes/article_lc/${encodeURIComponent(versionId)}`;
}

/** The version a reader should open on Légifrance: the new one, or the old one when there is no new one. */
export function legifranceUrlOf(change: PublishedChange): string | null {
  const versionId = change.after?.id ?? change.before?.id;
  return versionId === undefined ? null : legifranceUrl(versionId);
}

/** The id every feed format gives the change's item: independent of the host, so it survives a move. */
export function feedItemId(change: PublishedChange): string {
  return `urn:legifeed:change:${encodeURIComponent(change.id)}`;
}
