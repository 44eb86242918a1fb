import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendRepresentation } from '../http/send-representation.js';
import { readQuery, type RawQuery } from '../query/query-params.js';
import { CodesService } from './codes.service.js';

@Controller('api/codes')
export class CodesController {
  constructor(private readonly codes: CodesService) {}

  @Get()
  async list(@Query() query: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    readQuery(query, {});
    sendRepresentation(request, response, await this.codes.list());
  }
}
