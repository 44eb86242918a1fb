import { SITE_CSS_PATH } from '@legifeed/publish';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RepresentationCache } from '../http/representation-cache.js';
import { CACHE_ASSET } from '../http/representation.js';
import { sendRepresentation } from '../http/send-representation.js';
import { parseChangeQuery } from '../query/change-query.js';
import { readQuery, single, type RawQuery } from '../query/query-params.js';
import { PagesService } from './pages.service.js';

@Controller()
export class PagesController {
  constructor(
    private readonly pages: PagesService,
    private readonly cache: RepresentationCache,
  ) {}

  /** The latest changes; the filter form submits here (GET). */
  @Get()
  async home(@Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const filters = parseChangeQuery(query, { paged: true });
    sendRepresentation(request, response, await this.cache.get(request.originalUrl, () => this.pages.home(filters)));
  }

  @Get('changes/:id')
  async change(@Param('id') id: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    readQuery(query, {});
    sendRepresentation(request, response, await this.pages.change(id));
  }

  @Get('articles/:cid')
  async article(@Param('cid') cid: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = readQuery(query, { from: 'one', to: 'one' });
    sendRepresentation(request, response, await this.pages.article(cid, single(values, 'from'), single(values, 'to')));
  }

  /** Browsers ask for it on every first visit; the site has no icon, and says so without a 404 in their console. */
  @Get('favicon.ico')
  favicon(@Res() response: Response): void {
    response.writeHead(204, { 'Cache-Control': CACHE_ASSET }).end();
  }

  @Get(SITE_CSS_PATH)
  stylesheet(@Req() request: Request, @Res() response: Response): void {
    sendRepresentation(request, response, this.pages.stylesheet());
  }
}
