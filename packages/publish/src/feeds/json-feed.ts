import { legifranceUrlOf } from '../links.js';
import { publicArticle, publicCode } from '../public-shape.js';
import type { FeedMeta, PublishedChange, SiteLinks } from '../types.js';
import { KIND_LABELS } from '../wording/change-title.js';
import { FEED_AUTHOR, feedItems } from './feed-items.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

// Written here rather than with the `feed` package: its json1() emits JSON Feed 1.0 (version ".../version/1",
// a single `author`), not 1.1.
/** JSON Feed 1.1, with the facts a program needs under the `_legifeed` extension (snake_case, as the spec's). */
export function renderJsonFeed(changes: readonly PublishedChange[], meta: FeedMeta, links: SiteLinks): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: meta.title,
    home_page_url: meta.htmlUrl,
    feed_url: meta.selfUrl,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    language: 'fr',
    authors: [{ name: FEED_AUTHOR, url: meta.htmlUrl }],
    items: feedItems(changes, links).map(({ change, id, url, title, published, contentHtml }) => ({
      id,
      url,
      title,
      content_html: contentHtml,
      ...(change.summary === null ? {} : { summary: change.summary }),
      date_published: published.toISOString(),
      tags: [KIND_LABELS[change.kind]],
      _legifeed: {
        sequence: change.sequence,
        kind: change.kind,
        code: publicCode(change),
        article: publicArticle(change),
        section_path: change.section.path,
        effective_date: change.effectiveDate,
        dump_date: change.dumpDate,
        detected_at: published.toISOString(),
        before: change.before,
        after: change.after,
        text_pending: change.placeholders?.afterTextPending ?? false,
        legifrance_url: legifranceUrlOf(change),
      },
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
