import type { JobProgress } from '../jobs/job-queue.js';
import type { RefreshOutcome, RunOutcome } from '../jobs/jobs.js';

export type ReportProgress = (progress: JobProgress) => Promise<void>;

/** What an ingest run needs to know about the job driving it. */
export interface RunJob {
  reportProgress: ReportProgress;
  /** When false, a failure is retried: the run is left to the retry rather than recorded as failed. */
  finalAttempt: boolean;
}

/**
 * The work behind the ingest jobs, one method per job (parser → diff → db). Processors only call these; the
 * module given to `IngestModule.forRoot` binds the implementation to this token.
 */
export abstract class IngestService {
  /** Reads, compares and stores the dump of run `runId`, reporting rows read as it goes. */
  abstract ingestDump(runId: string, job: RunJob): Promise<RunOutcome>;

  /** Publishes the changes of a held run. */
  abstract releaseDump(runId: string): Promise<RunOutcome>;

  /** Drops a held run's changes, keeping the record of the run. */
  abstract discardDump(runId: string): Promise<RunOutcome>;

  /** Fetches the configured source of `code`; when it changed, records a run and enqueues its `ingest.dump`. */
  abstract refreshSource(code: string): Promise<RefreshOutcome>;
}
