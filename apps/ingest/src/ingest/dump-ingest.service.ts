import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CodeRepository,
  CodeStateRepository,
  type DumpOutcome,
  DumpRepository,
  type DumpRun,
  type DumpStatus,
  IngestWriter,
  type NewChange,
} from '@legifeed/db';
import { type Change, type CodeState, type DetectionResult, detectChanges, summariseDiff } from '@legifeed/diff';
import { type ArticleVersion, type CodeIdentity, DumpReadError } from '@legifeed/parser';
import { INGEST_CONFIG } from '../config/config.module.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { PermanentJobError } from '../jobs/job-queue.js';
import type { RefreshOutcome, RunOutcome } from '../jobs/jobs.js';
import { todayUtc } from './as-of.js';
import { type DumpContents, readDumpContents } from './dump-contents.js';
import { DumpSource, type FetchedDump } from './dump-source.js';
import { IngestRequests } from './ingest-requests.js';
import { IngestService, type RunJob } from './ingest.service.js';
import { ProgressThrottle } from './progress-throttle.js';

/** A job run again after its run reached one of these (a crash after the commit, a retried release) does nothing. */
const FINISHED: ReadonlySet<DumpStatus> = new Set(['completed', 'held', 'discarded']);
const PROGRESS_INTERVAL_MS = 250;
/** The last run of a code a refreshed source is compared with: a failed run read nothing worth comparing. */
const COMPARABLE: readonly DumpStatus[] = ['queued', 'running', 'completed', 'held', 'discarded'];

/**
 * Moves a dump through parser → diff → db. Whatever a run stores, it stores in one transaction at its end
 * (`IngestWriter`): a run killed before that left nothing, and running it again gives the same changes (their
 * ids derive from their content). Publishing needs no signal: feeds and webhooks read the `changes` table by
 * sequence, and the commit makes a run's changes visible in sequence order.
 */
@Injectable()
export class DumpIngestService extends IngestService {
  private readonly logger = new Logger(DumpIngestService.name);

  constructor(
    private readonly dumps: DumpRepository,
    private readonly states: CodeStateRepository,
    private readonly codes: CodeRepository,
    private readonly writer: IngestWriter,
    private readonly dumpSource: DumpSource,
    private readonly requests: IngestRequests,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {
    super();
  }

  async ingestDump(runId: string, job: RunJob): Promise<RunOutcome> {
    const run = await this.runOf(runId);
    if (FINISHED.has(run.status)) return outcomeOf(run);
    try {
      return await this.ingest(run, job);
    } catch (error) {
      throw await this.failed(run, error, job.finalAttempt);
    }
  }

  async releaseDump(runId: string): Promise<RunOutcome> {
    const run = await this.runOf(runId);
    if (run.status === 'completed') return outcomeOf(run);
    if (run.status !== 'held') {
      throw new PermanentJobError(`Dump run ${run.id} is ${run.status}: only a held run can be released`);
    }
    await this.assertNoLaterState(run);
    // Until recorded, the run stays held: a release that fails loses nothing and can be asked again.
    return this.withDump(run, async (dump) => {
      if (run.sha256 !== null && dump.sha256 !== run.sha256) {
        throw new PermanentJobError(
          `${run.source} has changed since dump run ${run.id} was held: discard the run and ingest the dump again`,
        );
      }
      const contents = await readDumpContents(dump, new ProgressThrottle(async () => {}, PROGRESS_INTERVAL_MS));
      return this.detectAndRecord(run, contents, true);
    }).catch((error: unknown) => {
      throw error instanceof DumpReadError ? new PermanentJobError(error.message, { cause: error }) : error;
    });
  }

  async discardDump(runId: string): Promise<RunOutcome> {
    const run = await this.runOf(runId);
    if (run.status === 'discarded') return outcomeOf(run);
    if (run.status !== 'held' && run.status !== 'queued') {
      throw new PermanentJobError(`Dump run ${run.id} is ${run.status}: only a held or queued run can be discarded`);
    }
    const discarded = await this.dumps.markDiscarded(run.id);
    this.logger.log('run discarded', { runId: run.id, code: run.code });
    return outcomeOf(discarded);
  }

  async refreshSource(code: string): Promise<RefreshOutcome> {
    const configured = this.config.sources.find((source) => source.code === code);
    if (configured === undefined) throw new PermanentJobError(`No source is configured for ${code} (LEGIFEED_SOURCES)`);
    const [last] = await this.dumps.list({ code, statuses: COMPARABLE, limit: 1 });
    const known = last?.sha256 ?? null;
    const unchanged =
      known !== null &&
      ((await this.dumpSource.advertisedSha256(configured.location)) === known ||
        (await this.dumpSource.sha256Of(configured.location)) === known);
    if (unchanged) {
      this.logger.log('source unchanged', { code, location: configured.location, sameAsRun: last?.id });
      return { code, runId: null };
    }
    const [run] = await this.requests.requestIngest({ sources: [configured.location], code });
    this.logger.log('source changed: run queued', { code, runId: run?.id });
    return { code, runId: run === undefined ? null : String(run.id) };
  }

  private async ingest(run: DumpRun, job: RunJob): Promise<RunOutcome> {
    const progress = new ProgressThrottle(async (figures) => {
      await job.reportProgress(figures);
      await this.dumps.reportProgress(run.id, figures.rowsRead, figures.totalRows);
    }, PROGRESS_INTERVAL_MS);
    return this.withDump(run, async (dump) => {
      await this.dumps.markRunning(run.id, { sha256: dump.sha256 });
      const twin = await this.completedTwin(run, dump.sha256);
      if (twin !== null) return this.completeAsTwin(run, twin, progress);
      // The stored state loads while the dump is read: neither needs the other, and jobs of one code never
      // run together, so nothing changes the state meanwhile.
      const state = run.code === null ? null : this.states.load(run.code);
      state?.catch(() => {});
      return this.detectAndRecord(run, await readDumpContents(dump, progress), false, state);
    });
  }

  /** A completed run of the same code over the same bytes, whatever the file was called. */
  private async completedTwin(run: DumpRun, sha256: string): Promise<DumpRun | null> {
    const twin = await this.dumps.findCompletedBySha256(sha256);
    return twin !== null && twin.code === run.code && twin.id !== run.id ? twin : null;
  }

  private async completeAsTwin(run: DumpRun, twin: DumpRun, progress: ProgressThrottle): Promise<RunOutcome> {
    const rowCount = twin.rowCount ?? 0;
    await progress.finish({ rowsRead: rowCount, totalRows: rowCount });
    const completed = await this.dumps.markCompleted(run.id, twin.code as string, {
      rowCount,
      rowErrorCount: twin.rowErrorCount,
      firstRowErrors: twin.firstRowErrors,
      changeCounts: {},
      technicalCount: 0,
    });
    this.logger.log('same bytes as a completed run: nothing to compare', { runId: run.id, sameAsRun: twin.id });
    return outcomeOf(completed);
  }

  /** `loading`: the code's state, when its loading started early (for the run's code). */
  private async detectAndRecord(
    run: DumpRun,
    contents: DumpContents,
    released: boolean,
    loading: Promise<CodeState> | null = null,
  ): Promise<RunOutcome> {
    const code = await this.identityOf(run, contents.versions);
    const versions = underCode(contents.versions, code);
    const state = await (loading ?? this.states.load(code.slug));
    const result = detectChanges(state, versions, {
      asOf: run.asOf ?? todayUtc(),
      missingColumns: contents.report.missingRequiredColumns,
      unreadableRows: contents.report.rowErrorCount,
      released,
    });
    const outcome = outcomeOfReading(contents, result);
    if (result.hold !== null) {
      const held = await this.dumps.markHeld(run.id, code.slug, outcome, result.hold);
      this.logger.warn('run held: nothing published', { runId: run.id, code: code.slug, hold: result.hold });
      return outcomeOf(held);
    }
    const recorded = await this.writer.recordAcceptedDump({
      dumpId: run.id,
      code,
      versions,
      nextState: result.nextState,
      changes: result.changes.map(withSummary),
      technicalCount: outcome.technicalCount,
      rowCount: outcome.rowCount,
      rowErrorCount: outcome.rowErrorCount,
      firstRowErrors: outcome.firstRowErrors,
    });
    const changeIds = recorded.changes.map((change) => change.id);
    this.logger.log('run completed', {
      runId: run.id,
      code: code.slug,
      changes: changeIds.length,
      technical: result.technical,
      rowErrors: outcome.rowErrorCount,
    });
    return { ...outcomeOf(recorded.dump), changeIds };
  }

  /**
   * The run's code is authoritative (given, or read from the first row when the run was requested); a run
   * without one takes its rows'. The title comes from the rows, else from storage.
   */
  private async identityOf(run: DumpRun, versions: readonly ArticleVersion[]): Promise<CodeIdentity> {
    const slug = run.code ?? versions[0]?.code.slug;
    if (slug === undefined) {
      throw new PermanentJobError(`Dump run ${run.id} names no code and ${run.source} has no rows to tell it`);
    }
    const title =
      versions.find((version) => version.code.slug === slug)?.code.title ??
      versions[0]?.code.title ??
      (await this.codes.find(slug))?.title ??
      slug;
    return { slug, title };
  }

  /** A release must not roll a code back behind a dump accepted after the held one. */
  private async assertNoLaterState(run: DumpRun): Promise<void> {
    const accepted = run.code === null ? null : await this.dumps.latestAccepted(run.code);
    if (accepted !== null && accepted.id > run.id) {
      throw new PermanentJobError(
        `Dump run ${run.id} was held before dump run ${accepted.id} of ${run.code} was accepted: ` +
          'releasing it now would take the code back in time; discard it instead',
      );
    }
  }

  private async withDump<T>(run: DumpRun, work: (dump: FetchedDump) => Promise<T>): Promise<T> {
    const dump = await this.dumpSource.fetch(run.source);
    try {
      return await work(dump);
    } finally {
      await dump.release();
    }
  }

  /**
   * Records the failure when no retry follows (an unreadable dump is never retried), and gives what to throw.
   * A failure left to a retry leaves the run running: the retry takes it up.
   */
  private async failed(run: DumpRun, error: unknown, finalAttempt: boolean): Promise<unknown> {
    const permanent = error instanceof DumpReadError || error instanceof PermanentJobError;
    const message = error instanceof Error ? error.message : String(error);
    const retried = !permanent && !finalAttempt;
    this.logger.warn('run failed', { runId: run.id, source: run.source, error: message, retried });
    if (permanent || finalAttempt) {
      await this.dumps.markFailed(run.id, message).catch((markError: Error) => {
        this.logger.error('run failure not recorded', { runId: run.id, error: markError.message });
      });
    }
    return error instanceof DumpReadError ? new PermanentJobError(message, { cause: error }) : error;
  }

  private async runOf(runId: string): Promise<DumpRun> {
    const id = Number(runId);
    const run = Number.isSafeInteger(id) ? await this.dumps.find(id) : null;
    if (run === null) throw new PermanentJobError(`There is no dump run ${runId}`);
    return run;
  }
}

/** The outcome of a run that has settled (called after the run was marked so). */
function outcomeOf(run: DumpRun): RunOutcome {
  if (run.status === 'queued' || run.status === 'running') throw new Error(`Dump run ${run.id} is still ${run.status}`);
  return { runId: String(run.id), status: run.status, changeIds: [] };
}

/** What a held run records; an accepted one records the same figures through `IngestWriter`. */
function outcomeOfReading(contents: DumpContents, result: DetectionResult): DumpOutcome {
  return {
    rowCount: result.rowCount,
    rowErrorCount: contents.report.rowErrorCount,
    firstRowErrors: contents.report.firstRowErrors,
    // A held dump publishes nothing; the writer counts an accepted dump's changes itself.
    changeCounts: {},
    technicalCount: result.technical,
  };
}

/** Versions stored under the run's code, even when a row's `title_main` names it otherwise. */
function underCode(versions: ArticleVersion[], code: CodeIdentity): ArticleVersion[] {
  if (versions.every((version) => version.code.slug === code.slug)) return versions;
  return versions.map((version) => (version.code.slug === code.slug ? version : { ...version, code }));
}

function withSummary(change: Change): NewChange {
  return { ...change, summary: change.diff === null ? null : summariseDiff(change.diff) };
}
