import type { IngestRequest } from '../../ingest/ingest-requests.js';
import type { RunReport } from '../../ingest/run-report.js';
import type { JobProgress } from '../../jobs/job-queue.js';

/**
 * What the commands ask of the ingest side, wherever it runs: in this process (inline, or on BullMQ), or in the
 * process that owns the embedded data directory, over HTTP.
 */
export interface IngestClient {
  /** Queues one run per source, in as-of order. */
  requestIngest(request: IngestRequest): Promise<RunReport[]>;
  /** Resolves once the run has settled (completed, held, failed or discarded). */
  waitForRun(run: RunReport, onProgress: (progress: JobProgress) => void): Promise<RunReport>;
  listRuns(filter: { code?: string; limit: number }): Promise<RunReport[]>;
  release(runId: number): Promise<RunReport>;
  discard(runId: number): Promise<RunReport>;
  close(): Promise<void>;
}
