import { Injectable } from '@nestjs/common';
import { JobHandler } from '../jobs/job-handler.decorator.js';
import type { JobContext, JobHandlerOf } from '../jobs/job-queue.js';
import type { JobPayload, RefreshOutcome, RunOutcome } from '../jobs/jobs.js';
import { IngestService } from './ingest.service.js';

@Injectable()
@JobHandler('ingest.dump')
export class IngestDumpProcessor implements JobHandlerOf<'ingest.dump'> {
  constructor(private readonly ingest: IngestService) {}

  handle({ runId }: JobPayload<'ingest.dump'>, { reportProgress }: JobContext): Promise<RunOutcome> {
    return this.ingest.ingestDump(runId, reportProgress);
  }
}

@Injectable()
@JobHandler('ingest.release')
export class ReleaseDumpProcessor implements JobHandlerOf<'ingest.release'> {
  constructor(private readonly ingest: IngestService) {}

  handle({ runId }: JobPayload<'ingest.release'>): Promise<RunOutcome> {
    return this.ingest.releaseDump(runId);
  }
}

@Injectable()
@JobHandler('ingest.discard')
export class DiscardDumpProcessor implements JobHandlerOf<'ingest.discard'> {
  constructor(private readonly ingest: IngestService) {}

  handle({ runId }: JobPayload<'ingest.discard'>): Promise<RunOutcome> {
    return this.ingest.discardDump(runId);
  }
}

@Injectable()
@JobHandler('ingest.refresh-source')
export class RefreshSourceProcessor implements JobHandlerOf<'ingest.refresh-source'> {
  constructor(private readonly ingest: IngestService) {}

  handle({ code }: JobPayload<'ingest.refresh-source'>): Promise<RefreshOutcome> {
    return this.ingest.refreshSource(code);
  }
}

export const INGEST_PROCESSORS = [
  IngestDumpProcessor,
  ReleaseDumpProcessor,
  DiscardDumpProcessor,
  RefreshSourceProcessor,
];
