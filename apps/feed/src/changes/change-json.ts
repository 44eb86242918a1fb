import { renderDiffHtml } from '@legifeed/diff';
import {
  absoluteUrl,
  articlePath,
  changeApiPath,
  changePath,
  changeTitle,
  legifranceUrlOf,
  type PublishedChange,
  type SiteLinks,
} from '@legifeed/publish';
import { articleApiPath } from '../site-paths.js';

/** A change as the API lists it. */
export function changeJson(change: PublishedChange, links: SiteLinks) {
  const { article } = change;
  return {
    id: change.id,
    sequence: change.sequence,
    kind: change.kind,
    title: changeTitle(change),
    code: { slug: change.code.slug, title: change.code.title },
    article,
    section: change.section,
    sectionBefore: change.sectionBefore,
    before: change.before,
    after: change.after,
    effectiveDate: change.effectiveDate,
    dumpDate: change.dumpDate,
    detectedAt: change.detectedAt,
    summary: change.summary,
    textPending: change.placeholders?.afterTextPending ?? false,
    links: {
      self: absoluteUrl(links, changeApiPath(change.id)),
      page: absoluteUrl(links, changePath(change.id)),
      article: article && absoluteUrl(links, articleApiPath(article.cid)),
      articlePage: article && absoluteUrl(links, articlePath(article.cid)),
      legifrance: legifranceUrlOf(change),
    },
  };
}

/** One change with its diff, as data (alinéas and word operations) and as HTML (readable without a stylesheet). */
export function changeDetailJson(change: PublishedChange, links: SiteLinks) {
  return {
    ...changeJson(change, links),
    diff: change.diff,
    diffHtml: change.diff && renderDiffHtml(change.diff),
  };
}
