import { Injectable } from '@nestjs/common';
import { JobHandler } from '../jobs/job-handler.decorator.js';
import { type JobContext, type JobHandlerOf, JobQueue } from '../jobs/job-queue.js';
import type { JobPayload, RefreshOutcome, RunOutcome } from '../jobs/jobs.js';
import { dispatchWebhooksAfter } from '../webhooks/dispatch-after-run.js';
import { IngestService } from './ingest.service.js';

@Injectable()
@JobHandler('ingest.dump')
export class IngestDumpProcessor implements JobHandlerOf<'ingest.dump'> {
  constructor(
    private readonly ingest: IngestService,
    private readonly queue: JobQueue,
  ) {}

  async handle({ runId }: JobPayload<'ingest.dump'>, context: JobContext): Promise<RunOutcome> {
    return dispatchWebhooksAfter(this.queue, await this.ingest.ingestDump(runId, context));
  }
}

@Injectable()
@JobHandler('ingest.release')
export class ReleaseDumpProcessor implements JobHandlerOf<'ingest.release'> {
  constructor(
    private readonly ingest: IngestService,
    private readonly queue: JobQueue,
  ) {}

  async handle({ runId }: JobPayload<'ingest.release'>): Promise<RunOutcome> {
    return dispatchWebhooksAfter(this.queue, await this.ingest.releaseDump(runId));
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
