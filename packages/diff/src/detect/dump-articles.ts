import type { ArticleVersion } from '@legifeed/parser';

export interface DumpArticles {
  /** Each cid's versions in row order, each version id once. */
  articles: Map<string, ArticleVersion[]>;
  /** Rows read, duplicates included: what the next dump's count is compared with. */
  rowCount: number;
}

/**
 * Groups a dump's versions by article. A version id seen again is dropped: the source lists some versions
 * twice (css R165-81, R165-82, R165-83), and the first row stands for both.
 */
export function groupByArticle(versions: Iterable<ArticleVersion>): DumpArticles {
  const articles = new Map<string, ArticleVersion[]>();
  const seenIds = new Set<string>();
  let rowCount = 0;
  for (const version of versions) {
    rowCount += 1;
    if (seenIds.has(version.id)) continue;
    seenIds.add(version.id);
    const siblings = articles.get(version.cid);
    if (siblings === undefined) articles.set(version.cid, [version]);
    else siblings.push(version);
  }
  return { articles, rowCount };
}
