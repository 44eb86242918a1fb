import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RepresentationCache } from '../http/representation-cache.js';
import { sendRepresentation } from '../http/send-representation.js';
import { parseChangeQuery } from '../query/change-query.js';
import { readQuery, type RawQuery } from '../query/query-params.js';
import { ChangesService } from './changes.service.js';

@Controller('api/changes')
export class ChangesController {
  constructor(
    private readonly changes: ChangesService,
    private readonly cache: RepresentationCache,
  ) {}

  @Get()
  async list(@Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const filters = parseChangeQuery(query, { paged: true });
    sendRepresentation(request, response, await this.cache.get(request.originalUrl, () => this.changes.list(filters)));
  }

  @Get(':id')
  async get(@Param('id') id: string, @Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    readQuery(query, {});
    sendRepresentation(request, response, await this.changes.get(id));
  }
}
