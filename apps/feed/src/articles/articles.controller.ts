import { BadRequestException, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendRepresentation } from '../http/send-representation.js';
import { parseCalendarDay } from '../query/calendar-day.js';
import { readQuery, single, type RawQuery } from '../query/query-params.js';
import { ArticlesService, DIFF_FORMATS, type DiffFormat } from './articles.service.js';

@Controller('api/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  async search(@Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = readQuery(query, { code: 'one', num: 'one' });
    const num = single(values, 'num');
    if (num === null) throw new BadRequestException('num: required (an article number, e.g. L100-1; code narrows it to one code)');
    sendRepresentation(request, response, await this.articles.search(num, single(values, 'code')));
  }

  @Get(':cid')
  async article(@Param('cid') cid: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    readQuery(query, {});
    sendRepresentation(request, response, await this.articles.article(cid));
  }

  @Get(':cid/diff')
  async diff(@Param('cid') cid: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = readQuery(query, { from: 'one', to: 'one', format: 'one' });
    const format = single(values, 'format') ?? 'json';
    if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
      throw new BadRequestException(`format: expected ${DIFF_FORMATS.join(', ')}, got "${format}"`);
    }
    const representation = await this.articles.diff(cid, single(values, 'from'), single(values, 'to'), format as DiffFormat);
    sendRepresentation(request, response, representation);
  }

  @Get(':cid/at/:date')
  async at(@Param('cid') cid: string, @Param('date') date: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    readQuery(query, {});
    sendRepresentation(request, response, await this.articles.inForceOn(cid, parseCalendarDay(date, 'date')));
  }

  @Get(':cid/cited-by')
  async citedBy(@Param('cid') cid: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    readQuery(query, {});
    sendRepresentation(request, response, await this.articles.citedBy(cid));
  }
}
