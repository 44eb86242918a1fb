import {
  absoluteUrl,
  articleLabel,
  articlePath,
  latestDetectedAt,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type FeedMeta,
  type PublishedChange,
  type SiteLinks,
} from '@legifeed/publish';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ArticlesService } from '../articles/articles.service.js';
import { ChangeListingService } from '../changes/change-listing.service.js';
import { SiteAddress } from '../config/site-address.js';
import { CACHE_FEED, MEDIA_TYPES, representation, type Representation } from '../http/representation.js';
import { changeQueryString, type ChangeQuery } from '../query/change-query.js';
import { articleFeedPath, changesFeedPath, codeFeedPath, type FeedFormat } from '../site-paths.js';
import { CodeCatalogRepository } from '../storage/code-catalog.repository.js';

/** What a feed follows: every change, or those of one code or one article (the short addresses). */
export type FeedScope = { kind: 'all' } | { kind: 'code'; slug: string } | { kind: 'article'; cid: string };

type Renderer = (changes: readonly PublishedChange[], meta: FeedMeta, links: SiteLinks) => string;

const FORMATS: Record<FeedFormat, { render: Renderer; mediaType: string }> = {
  atom: { render: renderAtom, mediaType: MEDIA_TYPES.atom },
  rss: { render: renderRss, mediaType: MEDIA_TYPES.rss },
  json: { render: renderJsonFeed, mediaType: MEDIA_TYPES.jsonFeed },
};

/** An empty feed's `updated`: a constant, so that its bytes do not depend on when it is rendered. */
const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00.000Z';

@Injectable()
export class FeedsService {
  constructor(
    private readonly listing: ChangeListingService,
    private readonly codes: CodeCatalogRepository,
    private readonly articles: ArticlesService,
    private readonly links: SiteAddress,
  ) {}

  /** `query` holds the parameters given; the scope adds its own filter. */
  async feed(format: FeedFormat, scope: FeedScope, query: ChangeQuery): Promise<Representation> {
    const selfPath = feedPath(scope, format, changeQueryString(query));
    const scoped = withScope(scope, query);
    // The scope first: an unknown code or article is a 404 before it is a bad filter.
    const title = await this.titleOf(scope);
    const listing = await this.listing.list(scoped);
    const filters = changeQueryString(scoped, { limit: false });
    const meta: FeedMeta = {
      title: `legifeed — ${title}`,
      selfUrl: absoluteUrl(this.links, selfPath),
      htmlUrl: absoluteUrl(this.links, scope.kind === 'article' ? articlePath(scope.cid) : `/${filters}`),
      // The same IRI for a filter whatever the format, the address (short or long) and the page size.
      id: absoluteUrl(this.links, `/feeds/changes${filters}`),
      updated: latestDetectedAt(listing.changes) ?? EMPTY_FEED_UPDATED,
      description: describe(title, query),
    };
    const { render, mediaType } = FORMATS[format];
    const lastModified = latestDetectedAt(listing.changes);
    return representation(render(listing.changes, meta, this.links), mediaType, {
      lastModified: lastModified === null ? null : new Date(lastModified),
      cacheControl: CACHE_FEED,
    });
  }

  private async titleOf(scope: FeedScope): Promise<string> {
    switch (scope.kind) {
      case 'all':
        return 'toutes les modifications';
      case 'code': {
        const code = await this.codes.find(scope.slug);
        if (code === null) throw new NotFoundException(`no code "${scope.slug}" is published`);
        return code.title;
      }
      case 'article': {
        const { current } = await this.articles.history(scope.cid);
        return `${articleLabel(current.num)}, ${current.code.title}`;
      }
    }
  }
}

function withScope(scope: FeedScope, query: ChangeQuery): ChangeQuery {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'code':
      return { ...query, code: scope.slug };
    case 'article':
      return { ...query, articles: [scope.cid] };
  }
}

function feedPath(scope: FeedScope, format: FeedFormat, query: string): string {
  switch (scope.kind) {
    case 'all':
      return changesFeedPath(format, query);
    case 'code':
      return codeFeedPath(scope.slug, format, query);
    case 'article':
      return articleFeedPath(scope.cid, format, query);
  }
}

function describe(title: string, query: ChangeQuery): string {
  const params = new URLSearchParams(changeQueryString(query, { limit: false }));
  const filters = [...params].map(([name, value]) => `${name}=${value}`).join(', ');
  const scope = `Modifications, alinéa par alinéa : ${title}`;
  return filters === '' ? `${scope}.` : `${scope} (filtres : ${filters}).`;
}
