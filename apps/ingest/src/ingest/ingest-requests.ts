import { resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { type DumpRun, DumpRepository } from '@legifeed/db';
import { codeIdentity, DumpReadError } from '@legifeed/parser';
import { JobQueue } from '../jobs/job-queue.js';
import type { JobName } from '../jobs/jobs.js';
import { isCalendarDay, timeFromName, todayUtc } from './as-of.js';
import { DumpSource, isUrl } from './dump-source.js';

/** Dumps to ingest, as the CLI and `POST /api/ingest` take them. */
export interface IngestRequest {
  /** Paths or http(s) URLs; ingested in as-of order. */
  sources: string[];
  /** `YYYY-MM-DD` for every source; else each source's file name, else today (UTC). */
  asOf?: string;
  label?: string;
  /** Code slug; else read from each dump's first row. */
  code?: string;
}

/** The request cannot be carried out as given; the message says what to change. */
export class IngestRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestRequestError';
  }
}

export class UnknownRunError extends Error {
  constructor(readonly runId: number) {
    super(`There is no dump run ${runId}`);
    this.name = 'UnknownRunError';
  }
}

const CODE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LABEL_LENGTH = 200;

interface PlannedRun {
  source: string;
  asOf: string;
  sortKey: string;
  /** Null until the dump's rows tell (a dump without rows takes the code of its companions). */
  code: string | null;
}

/**
 * Turns requests into queued runs and their jobs. Each run's code is known before its job is enqueued, because
 * the queue runs the jobs of one code one at a time, in the order they were enqueued.
 */
@Injectable()
export class IngestRequests {
  constructor(
    private readonly dumps: DumpRepository,
    private readonly queue: JobQueue,
    private readonly dumpSource: DumpSource,
  ) {}

  /** Records one queued run per source and enqueues their `ingest.dump` jobs, oldest dump first. */
  async requestIngest(request: IngestRequest): Promise<DumpRun[]> {
    assertValid(request);
    const planned = await this.plan(request);
    const runs: DumpRun[] = [];
    for (const { source, asOf, code } of planned) {
      const run = await this.dumps.createQueued({ source, code, asOf, label: request.label ?? null });
      await this.enqueue('ingest.dump', run);
      runs.push(run);
    }
    return runs;
  }

  /** Releases a held run: its changes are published. Resolves once recorded; a failure rejects with its reason. */
  release(runId: number): Promise<DumpRun> {
    return this.resolveHeld(runId, 'ingest.release', 'released');
  }

  /** Discards a held run, keeping its record; nothing stored changes. */
  discard(runId: number): Promise<DumpRun> {
    return this.resolveHeld(runId, 'ingest.discard', 'discarded');
  }

  private async plan(request: IngestRequest): Promise<PlannedRun[]> {
    const planned: PlannedRun[] = [];
    for (const given of request.sources) {
      const source = isUrl(given) ? given : resolve(given);
      const named = timeFromName(source);
      const asOf = request.asOf ?? named?.day ?? todayUtc();
      planned.push({ source, asOf, sortKey: named?.sortKey ?? asOf, code: request.code ?? (await this.codeOf(source)) });
    }
    const known = new Set(planned.flatMap((run) => (run.code === null ? [] : [run.code])));
    for (const run of planned) {
      if (run.code !== null) continue;
      if (known.size !== 1) {
        throw new IngestRequestError(`${run.source} has no rows, so its code cannot be read from it: give the code`);
      }
      run.code = [...known][0] as string;
    }
    // Stable: sources of one day (or all, under one given as-of day) keep the order they were given in.
    return planned.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  }

  private async codeOf(source: string): Promise<string | null> {
    try {
      const title = await this.dumpSource.codeTitleOf(source);
      return title === null ? null : codeIdentity(title).slug;
    } catch (error) {
      if (error instanceof DumpReadError) throw new IngestRequestError(error.message);
      throw error;
    }
  }

  private async resolveHeld(
    runId: number,
    name: 'ingest.release' | 'ingest.discard',
    outcome: 'released' | 'discarded',
  ): Promise<DumpRun> {
    const run = await this.dumps.find(runId);
    if (run === null) throw new UnknownRunError(runId);
    if (run.status !== 'held' || run.code === null) {
      throw new IngestRequestError(`Dump run ${runId} is ${run.status}: only a held run can be ${outcome}`);
    }
    // Through the queue: the code's other jobs must not run meanwhile.
    await this.queue.enqueueAndWait(name, { runId: String(run.id), code: run.code });
    return (await this.dumps.find(runId)) as DumpRun;
  }

  /** A run whose job never reached the queue is marked failed, not left queued forever. */
  private async enqueue(name: JobName, run: DumpRun): Promise<void> {
    try {
      await this.queue.enqueue(name, { runId: String(run.id), code: run.code as string });
    } catch (error) {
      if (name === 'ingest.dump') await this.dumps.markFailed(run.id, `Not enqueued: ${(error as Error).message}`);
      throw error;
    }
  }
}

function assertValid(request: IngestRequest): void {
  const problems: string[] = [];
  const { sources, asOf, label, code } = request as Partial<Record<keyof IngestRequest, unknown>>;
  if (!Array.isArray(sources) || sources.length === 0) problems.push('sources: give at least one path or URL');
  else if (!sources.every((source) => typeof source === 'string' && source.trim() !== '')) {
    problems.push('sources: every source must be a non-empty string');
  }
  if (asOf !== undefined && (typeof asOf !== 'string' || !isCalendarDay(asOf))) {
    problems.push(`asOf: expected a day YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  }
  if (label !== undefined && (typeof label !== 'string' || label.length > MAX_LABEL_LENGTH)) {
    problems.push(`label: expected text of at most ${MAX_LABEL_LENGTH} characters`);
  }
  if (code !== undefined && (typeof code !== 'string' || !CODE_SLUG.test(code))) {
    problems.push(`code: expected a code slug (lower-case words joined by "-"), got ${JSON.stringify(code)}`);
  }
  if (problems.length > 0) throw new IngestRequestError(problems.join('; '));
}
