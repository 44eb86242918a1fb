import type { DumpRun, DumpStatus } from '@legifeed/db';
import { CHANGE_KINDS, type ChangeKind, type DumpHold } from '@legifeed/diff';
import type { RowError } from '@legifeed/parser';

/**
 * What one ingest run did, as the CLI prints it and `GET /api/dumps/:id` returns it: plain JSON (instants as
 * ISO strings), the same whichever process ran the dump.
 */
export interface RunReport {
  id: number;
  source: string;
  code: string | null;
  label: string | null;
  asOf: string | null;
  sha256: string | null;
  status: DumpStatus;
  progress: { rowsRead: number; totalRows: number | null };
  rowCount: number | null;
  /** Changes recorded per kind, in `CHANGE_KINDS` order, kinds without a change left out. */
  changes: Partial<Record<ChangeKind, number>>;
  changeTotal: number;
  /** Articles the source rewrote in place with no legal change: counted, never published. */
  technical: number;
  rowErrors: { count: number; first: RowError[] };
  hold: DumpHold | null;
  error: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** From queued to started. */
  waitedMs: number | null;
  /** From started (or queued) to finished. */
  durationMs: number | null;
}

/** Statuses a run does not leave by itself: an operator may still release or discard a held one. */
export const SETTLED_STATUSES: ReadonlySet<DumpStatus> = new Set(['completed', 'held', 'failed', 'discarded']);

export function runReportOf(run: DumpRun): RunReport {
  const changes: Partial<Record<ChangeKind, number>> = {};
  for (const kind of CHANGE_KINDS) {
    const count = run.changeCounts[kind] ?? 0;
    if (count > 0) changes[kind] = count;
  }
  return {
    id: run.id,
    source: run.source,
    code: run.code,
    label: run.label,
    asOf: run.asOf,
    sha256: run.sha256,
    status: run.status,
    progress: { rowsRead: run.rowsRead, totalRows: run.totalRows },
    rowCount: run.rowCount,
    changes,
    changeTotal: Object.values(changes).reduce((sum, count) => sum + count, 0),
    technical: run.technicalCount,
    rowErrors: { count: run.rowErrorCount, first: run.firstRowErrors },
    hold: run.hold,
    error: run.error,
    queuedAt: run.queuedAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    waitedMs: run.startedAt === null ? null : run.startedAt.getTime() - run.queuedAt.getTime(),
    durationMs: run.durationMs,
  };
}
