import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  Query,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { DUMP_STATUSES, DumpRepository, type DumpStatus } from '@legifeed/db';
import { IngestRequests } from '../ingest/ingest-requests.js';
import { type RunReport, runReportOf } from '../ingest/run-report.js';
import { AdminTokenGuard } from './admin-token.guard.js';
import { IngestErrorFilter } from './ingest-error.filter.js';

const MAX_LIST_LIMIT = 500;

interface ListQuery {
  code?: string;
  /** Comma-separated statuses. */
  status?: string;
  limit?: string;
}

/** Ingest runs: their status and progress for anyone; releasing or discarding a held one for the admin. */
@Controller('api/dumps')
@UseFilters(IngestErrorFilter)
export class DumpsController {
  constructor(
    private readonly dumps: DumpRepository,
    private readonly requests: IngestRequests,
  ) {}

  /** Newest first. */
  @Get()
  async list(@Query() query: ListQuery): Promise<{ runs: RunReport[] }> {
    const runs = await this.dumps.list({
      ...(query.code === undefined ? {} : { code: query.code }),
      ...(query.status === undefined ? {} : { statuses: statusesOf(query.status) }),
      limit: limitOf(query.limit),
    });
    return { runs: runs.map(runReportOf) };
  }

  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number): Promise<RunReport> {
    const run = await this.dumps.find(id);
    if (run === null) throw new NotFoundException(`There is no dump run ${id}`);
    return runReportOf(run);
  }

  /** Answers once the run's changes are recorded (the dump is read again), or with why it could not be. */
  @Post(':id/release')
  @HttpCode(200)
  @UseGuards(AdminTokenGuard)
  async release(@Param('id', ParseIntPipe) id: number): Promise<RunReport> {
    return runReportOf(await this.requests.release(id));
  }

  @Post(':id/discard')
  @HttpCode(200)
  @UseGuards(AdminTokenGuard)
  async discard(@Param('id', ParseIntPipe) id: number): Promise<RunReport> {
    return runReportOf(await this.requests.discard(id));
  }
}

function statusesOf(text: string): DumpStatus[] {
  const statuses = text.split(',').map((status) => status.trim());
  const unknown = statuses.filter((status) => !(DUMP_STATUSES as readonly string[]).includes(status));
  if (unknown.length > 0) {
    throw new BadRequestException(`Unknown status ${unknown.join(', ')}: expected ${DUMP_STATUSES.join(', ')}`);
  }
  return statuses as DumpStatus[];
}

function limitOf(text: string | undefined): number {
  if (text === undefined) return 100;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new BadRequestException(`limit: expected a whole number from 1 to ${MAX_LIST_LIMIT}, got "${text}"`);
  }
  return limit;
}
