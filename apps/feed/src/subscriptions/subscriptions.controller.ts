import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@legifeed/ingest';
import { readQuery, single, type RawQuery } from '../query/query-params.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** Webhook subscriptions, for administrators (`Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>`). */
@Controller('api/subscriptions')
@UseGuards(AdminTokenGuard)
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  create(@Body() body: unknown) {
    return this.subscriptions.create(body);
  }

  @Get()
  async list() {
    return { subscriptions: await this.subscriptions.list() };
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.subscriptions.get(id);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() body: unknown) {
    return this.subscriptions.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  delete(@Param('id') id: string) {
    return this.subscriptions.delete(id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  pause(@Param('id') id: string) {
    return this.subscriptions.pause(id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  resume(@Param('id') id: string) {
    return this.subscriptions.resume(id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  rotateSecret(@Param('id') id: string, @Body() body: unknown) {
    return this.subscriptions.rotateSecret(id, body);
  }

  @Post(':id/test')
  @HttpCode(200)
  sendTest(@Param('id') id: string) {
    return this.subscriptions.sendTest(id);
  }

  @Get(':id/deliveries')
  deliveries(@Param('id') id: string, @Query() query: RawQuery) {
    const values = readQuery(query, { limit: 'one', before: 'one' });
    return this.subscriptions.deliveries(id, wholeNumber(single(values, 'limit'), 'limit'), wholeNumber(single(values, 'before'), 'before'));
  }

  @Post(':id/replay')
  @HttpCode(200)
  replay(@Param('id') id: string, @Body() body: unknown) {
    return this.subscriptions.replay(id, body);
  }
}

function wholeNumber(value: string | null, name: string): number | undefined {
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw new BadRequestException(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}
