import { changeBody } from '../fragments/change-body.js';
import { changeFacts } from '../fragments/change-facts.js';
import { feedDiffMarkup } from '../fragments/diff-markup.js';
import { html } from '../html.js';
import { absoluteUrl, articlePath, changePath, feedItemId, legifranceUrlOf } from '../links.js';
import type { PublishedChange, SiteLinks } from '../types.js';
import { changeTitle } from '../wording/change-title.js';

export const FEED_AUTHOR = 'legifeed';
export const FEED_RIGHTS = 'Textes : Légifrance, Licence Ouverte 2.0';

/** What every feed format says about one change. */
export interface FeedItem {
  change: PublishedChange;
  /** `urn:legifeed:change:<id>`, the same in every format. */
  id: string;
  /** Our change page. */
  url: string;
  /** Plain text. */
  title: string;
  /** `detectedAt`: feeds follow publication order, not legal dates. */
  published: Date;
  contentHtml: string;
}

function contentHtml(change: PublishedChange, links: SiteLinks, url: string): string {
  const legifrance = legifranceUrlOf(change);
  const article = change.article && absoluteUrl(links, articlePath(change.article.cid));
  const body = changeBody(change, feedDiffMarkup);
  return html`${changeFacts(change)}
${body}
<p><a href="${url}">Voir la modification sur legifeed</a>${article && html` · <a href="${article}">Historique de l'article</a>`}${legifrance && html` · <a href="${legifrance}">Lire l'article sur Légifrance</a>`}</p>`.value;
}

/** The newest date a feed of these changes shows, or null for an empty feed. */
export function latestDetectedAt(changes: readonly PublishedChange[]): string | null {
  let latest: Date | null = null;
  for (const change of changes) {
    const detected = new Date(change.detectedAt);
    if (latest === null || detected > latest) latest = detected;
  }
  return latest && latest.toISOString();
}

/** Items newest first (descending sequence), whatever order storage returned them in. */
export function feedItems(changes: readonly PublishedChange[], links: SiteLinks): FeedItem[] {
  return [...changes]
    .sort((a, b) => b.sequence - a.sequence)
    .map((change) => {
      const url = absoluteUrl(links, changePath(change.id));
      return {
        change,
        id: feedItemId(change),
        url,
        title: changeTitle(change),
        published: new Date(change.detectedAt),
        contentHtml: contentHtml(change, links, url),
      };
    });
}
