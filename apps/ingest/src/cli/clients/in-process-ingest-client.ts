import type { INestApplicationContext } from '@nestjs/common';
import { DumpRepository } from '@legifeed/db';
import { IngestRequests, type IngestRequest } from '../../ingest/ingest-requests.js';
import { type RunReport, runReportOf } from '../../ingest/run-report.js';
import { type JobProgress, JobQueue } from '../../jobs/job-queue.js';
import { CliError } from '../cli-output.js';
import type { IngestClient } from './ingest-client.js';

/** The ingest side booted in this process: jobs run inline, or go to the BullMQ workers when `REDIS_URL` is set. */
export class InProcessIngestClient implements IngestClient {
  private readonly requests: IngestRequests;
  private readonly queue: JobQueue;
  private readonly dumps: DumpRepository;

  constructor(private readonly app: INestApplicationContext) {
    this.requests = app.get(IngestRequests);
    this.queue = app.get(JobQueue);
    this.dumps = app.get(DumpRepository);
  }

  async requestIngest(request: IngestRequest): Promise<RunReport[]> {
    return (await this.requests.requestIngest(request)).map(runReportOf);
  }

  async waitForRun(run: RunReport, onProgress: (progress: JobProgress) => void): Promise<RunReport> {
    let jobFailure: Error | null = null;
    // The job is queued already: this waits on it (its id derives from the run).
    await this.queue
      .enqueueAndWait('ingest.dump', { runId: String(run.id), code: run.code as string }, onProgress)
      .catch((error: Error) => (jobFailure = error));
    const settled = await this.report(run.id);
    if (jobFailure !== null && (settled.status === 'queued' || settled.status === 'running')) {
      throw new CliError(`dump run ${run.id}: ${(jobFailure as Error).message}`);
    }
    return settled;
  }

  async listRuns(filter: { code?: string; limit: number }): Promise<RunReport[]> {
    return (await this.dumps.list(filter)).map(runReportOf);
  }

  async release(runId: number): Promise<RunReport> {
    return runReportOf(await this.requests.release(runId));
  }

  async discard(runId: number): Promise<RunReport> {
    return runReportOf(await this.requests.discard(runId));
  }

  close(): Promise<void> {
    return this.app.close();
  }

  private async report(runId: number): Promise<RunReport> {
    const run = await this.dumps.find(runId);
    if (run === null) throw new CliError(`dump run ${runId} has disappeared from storage`);
    return runReportOf(run);
  }
}
