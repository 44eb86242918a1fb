import { renderArticlePage, renderChangePage, renderHomePage, SITE_CSS } from '@legifeed/publish';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ArticlesService, type Comparison } from '../articles/articles.service.js';
import { ChangeListingService } from '../changes/change-listing.service.js';
import { CACHE_ASSET, MEDIA_TYPES, representation, type Representation } from '../http/representation.js';
import { changeQueryString, formFilters, type ChangeQuery } from '../query/change-query.js';
import type { ChangeCursor } from '../query/cursor.js';
import { articleFeedPath, changesFeedPath, feedLinksOf } from '../site-paths.js';
import { CodeCatalogRepository } from '../storage/code-catalog.repository.js';
import { PublishedChangeRepository } from '../storage/published-change.repository.js';

const STYLESHEET = representation(SITE_CSS, MEDIA_TYPES.css, { cacheControl: CACHE_ASSET });

/** The HTML pages, rendered by packages/publish. */
@Injectable()
export class PagesService {
  constructor(
    private readonly listing: ChangeListingService,
    private readonly changes: PublishedChangeRepository,
    private readonly codes: CodeCatalogRepository,
    private readonly articles: ArticlesService,
  ) {}

  async home(query: ChangeQuery): Promise<Representation> {
    const pageOf = (cursor: ChangeCursor | null) => `/${changeQueryString(query, { cursor })}`;
    const [listing, codes] = await Promise.all([this.listing.list(query), this.codes.list()]);
    const html = renderHomePage({
      changes: listing.changes,
      filters: formFilters(query),
      feedLinks: feedLinksOf((format) => changesFeedPath(format, changeQueryString(query))),
      pagination: { next: listing.next && pageOf(listing.next), previous: listing.previous && pageOf(listing.previous) },
      codes,
    });
    return representation(html, MEDIA_TYPES.html);
  }

  async change(id: string): Promise<Representation> {
    const change = await this.changes.get(id);
    if (change === null) throw new NotFoundException(`no change has the id "${id}"`);
    return representation(renderChangePage(change), MEDIA_TYPES.html);
  }

  /** The timeline; with `from` or `to`, the diff between the two versions too. */
  async article(cid: string, from: string | null, to: string | null): Promise<Representation> {
    const history = await this.articles.history(cid);
    const comparison: Comparison | null = from === null && to === null ? null : this.articles.compare(history, from, to);
    const { current } = history;
    const html = renderArticlePage({
      article: { cid, num: current.num, code: current.code, sectionPath: current.section.path },
      versions: history.versions,
      ...(comparison === null ? {} : { diff: comparison.diff, from: comparison.from.id, to: comparison.to.id }),
      feedLinks: feedLinksOf((format) => articleFeedPath(cid, format)),
    });
    return representation(html, MEDIA_TYPES.html);
  }

  stylesheet(): Representation {
    return STYLESHEET;
  }
}
