import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RepresentationCache } from '../http/representation-cache.js';
import { sendRepresentation } from '../http/send-representation.js';
import { parseChangeQuery, type ChangeQuery } from '../query/change-query.js';
import type { RawQuery } from '../query/query-params.js';
import type { FeedFormat } from '../site-paths.js';
import { parseFeedFile } from './feed-file.js';
import { FeedsService, type FeedScope } from './feeds.service.js';

/** `/feeds/changes.atom` (any filter), `/feeds/codes/<slug>.atom` and `/feeds/articles/<cid>.atom`; also .rss and .json. */
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly cache: RepresentationCache,
  ) {}

  @Get(':file')
  async changes(@Param('file') file: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { name, format } = parseFeedFile(file);
    if (name !== 'changes') throw new NotFoundException(`no feed is named "${file}": try /feeds/changes.${format}`);
    const filters = parseChangeQuery(query, { paged: false });
    await this.send(request, response, format, { kind: 'all' }, filters);
  }

  @Get('codes/:file')
  async code(@Param('file') file: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { name, format } = parseFeedFile(file);
    const filters = parseChangeQuery(query, { paged: false, fixed: 'code' });
    await this.send(request, response, format, { kind: 'code', slug: name }, filters);
  }

  @Get('articles/:file')
  async article(@Param('file') file: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { name, format } = parseFeedFile(file);
    const filters = parseChangeQuery(query, { paged: false, fixed: 'article' });
    await this.send(request, response, format, { kind: 'article', cid: name }, filters);
  }

  private async send(request: Request, response: Response, format: FeedFormat, scope: FeedScope, filters: ChangeQuery): Promise<void> {
    const feed = await this.cache.get(request.originalUrl, () => this.feeds.feed(format, scope, filters));
    sendRepresentation(request, response, feed);
  }
}
