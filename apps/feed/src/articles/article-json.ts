import type { CitingArticle, StoredArticleVersion } from '@legifeed/db';
import { absoluteUrl, articlePath, legifranceUrl, type SiteLinks } from '@legifeed/publish';
import { articleApiPath, articleFeedPath } from '../site-paths.js';
import type { ArticleSummary } from '../storage/article-history.repository.js';

export function articleLinks(cid: string, links: SiteLinks) {
  return {
    self: absoluteUrl(links, articleApiPath(cid)),
    page: absoluteUrl(links, articlePath(cid)),
    feed: absoluteUrl(links, articleFeedPath(cid, 'atom')),
  };
}

export function articleSummaryJson(article: ArticleSummary, codeTitle: string, links: SiteLinks) {
  return {
    cid: article.cid,
    num: article.num,
    code: { slug: article.code, title: codeTitle },
    sectionPath: article.sectionPath,
    links: articleLinks(article.cid, links),
  };
}

/** A version's facts: dates, state, number and place (its text is asked for by date). */
export function versionJson(version: StoredArticleVersion) {
  return {
    id: version.id,
    num: version.num,
    etat: version.etat,
    status: version.status,
    validFrom: version.validFrom,
    validTo: version.validTo,
    datesInverted: version.datesInverted,
    versionNumber: version.versionNumber,
    previousVersionId: version.previousVersionId,
    section: { cid: version.section.parentCid, path: version.section.path },
    links: { legifrance: legifranceUrl(version.id) },
  };
}

/** A version with its text: sanitised HTML, alinéas and nota. */
export function versionTextJson(version: StoredArticleVersion) {
  return {
    ...versionJson(version),
    html: version.html,
    paragraphs: version.paragraphs,
    text: version.text,
    notaHtml: version.notaHtml,
    notaText: version.notaText,
  };
}

export function citingArticleJson(article: CitingArticle, links: SiteLinks) {
  return { cid: article.cid, num: article.num, versionId: article.versionId, links: articleLinks(article.cid, links) };
}
