import { BadRequestException, Body, Controller, HttpCode, Post, UseFilters, UseGuards } from '@nestjs/common';
import { type IngestRequest, IngestRequests } from '../ingest/ingest-requests.js';
import { AdminTokenGuard } from './admin-token.guard.js';
import { IngestErrorFilter } from './ingest-error.filter.js';

const REQUEST_FIELDS: readonly string[] = ['sources', 'asOf', 'label', 'code'];

export interface QueuedRun {
  id: number;
  source: string;
  code: string | null;
  asOf: string | null;
}

@Controller('api/ingest')
@UseGuards(AdminTokenGuard)
@UseFilters(IngestErrorFilter)
export class IngestController {
  constructor(private readonly requests: IngestRequests) {}

  /** Queues the dumps (paths on this server, or URLs) in as-of order; follow each with `GET /api/dumps/:id`. */
  @Post()
  @HttpCode(202)
  async ingest(@Body() body: unknown): Promise<{ runs: QueuedRun[] }> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new BadRequestException(
        'Expected a JSON object: { "sources": [path or URL, …], "asOf"?, "label"?, "code"? }',
      );
    }
    const unknown = Object.keys(body).filter((field) => !REQUEST_FIELDS.includes(field));
    if (unknown.length > 0) {
      throw new BadRequestException(`Unknown field ${unknown.join(', ')}: expected ${REQUEST_FIELDS.join(', ')}`);
    }
    const runs = await this.requests.requestIngest(body as IngestRequest);
    return { runs: runs.map(({ id, source, code, asOf }) => ({ id, source, code, asOf })) };
  }
}
