import type { ChangeKind, DumpHold } from '@legifeed/diff';
import type { RowError } from '@legifeed/parser';
import type { DumpStatus } from './schema/dumps.js';

export type { DumpStatus };

/** One ingest run of one dump, as stored. */
export interface DumpRun {
  id: number;
  /** Null until known (the caller may leave it to the dump's rows). */
  code: string | null;
  source: string;
  sha256: string | null;
  label: string | null;
  /** The day the dump was taken, `YYYY-MM-DD`. */
  asOf: string | null;
  status: DumpStatus;
  hold: DumpHold | null;
  changeCounts: Partial<Record<ChangeKind, number>>;
  /** Articles rewritten in place without a legal change. */
  technicalCount: number;
  rowCount: number | null;
  rowErrorCount: number;
  /** The first row errors, for the report (at most FIRST_ROW_ERRORS_KEPT). */
  firstRowErrors: RowError[];
  rowsRead: number;
  totalRows: number | null;
  error: string | null;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
}

export const FIRST_ROW_ERRORS_KEPT = 10;

export interface NewDumpRun {
  source: string;
  code?: string | null;
  sha256?: string | null;
  label?: string | null;
  asOf?: string | null;
}

/** What reading and comparing a dump found, recorded when the run completes or is held. */
export interface DumpOutcome {
  rowCount: number;
  rowErrorCount: number;
  /** Any number may be given; the first FIRST_ROW_ERRORS_KEPT are kept. */
  firstRowErrors: readonly RowError[];
  changeCounts: Partial<Record<ChangeKind, number>>;
  technicalCount: number;
}
