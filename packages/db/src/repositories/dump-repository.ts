import type { DumpHold } from '@legifeed/diff';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import {
  FIRST_ROW_ERRORS_KEPT,
  type DumpOutcome,
  type DumpRun,
  type DumpStatus,
  type NewDumpRun,
} from '../dump-run.js';
import { codes } from '../schema/codes.js';
import { dumps } from '../schema/dumps.js';

type DumpRow = typeof dumps.$inferSelect;

/** Which statuses each transition leaves from; anything else is refused with the run's actual status. */
const FROM: Record<'running' | 'completed' | 'held' | 'failed' | 'discarded', readonly DumpStatus[]> = {
  // running again: a worker resuming a run its predecessor left mid-way, or a retry after a failure.
  running: ['queued', 'running', 'failed'],
  // held → completed is the operator releasing a held dump.
  completed: ['running', 'held'],
  held: ['running'],
  failed: ['queued', 'running'],
  discarded: ['queued', 'held'],
};

const finishedNow = {
  finishedAt: sql`clock_timestamp()`,
  durationMs: sql`(1000 * extract(epoch from clock_timestamp() - coalesce(${dumps.startedAt}, ${dumps.queuedAt})))::integer`,
};

export class DumpRepository {
  constructor(private readonly session: DatabaseSession) {}

  async createQueued(run: NewDumpRun): Promise<DumpRun> {
    const [row] = await this.session.db
      .insert(dumps)
      .values({
        source: run.source,
        code: run.code ?? null,
        sha256: run.sha256 ?? null,
        label: run.label ?? null,
        asOf: run.asOf ?? null,
      })
      .returning();
    return toDumpRun(row!);
  }

  /** Starts (or restarts) the run; facts learnt on the way (code, sha256, total rows) are set when given. */
  markRunning(id: number, facts: { code?: string; sha256?: string; totalRows?: number | null } = {}): Promise<DumpRun> {
    return this.transition(id, 'running', {
      status: 'running',
      startedAt: sql`clock_timestamp()`,
      rowsRead: 0,
      error: null,
      ...(facts.code === undefined ? {} : { code: facts.code }),
      ...(facts.sha256 === undefined ? {} : { sha256: facts.sha256 }),
      ...(facts.totalRows === undefined ? {} : { totalRows: facts.totalRows }),
    });
  }

  /** One statement per call: call it per batch, not per row. */
  async reportProgress(id: number, rowsRead: number, totalRows?: number | null): Promise<void> {
    await this.session.db
      .update(dumps)
      .set({ rowsRead, ...(totalRows === undefined ? {} : { totalRows }) })
      .where(and(eq(dumps.id, id), eq(dumps.status, 'running')));
  }

  markCompleted(id: number, code: string, outcome: DumpOutcome): Promise<DumpRun> {
    return this.transition(id, 'completed', {
      status: 'completed',
      code,
      holdReason: null,
      holdDetail: null,
      ...outcomeColumns(outcome),
      ...finishedNow,
    });
  }

  markHeld(id: number, code: string, outcome: DumpOutcome, hold: DumpHold): Promise<DumpRun> {
    return this.transition(id, 'held', {
      status: 'held',
      code,
      holdReason: hold.reason,
      holdDetail: hold.detail,
      ...outcomeColumns(outcome),
      ...finishedNow,
    });
  }

  markFailed(id: number, message: string): Promise<DumpRun> {
    return this.transition(id, 'failed', { status: 'failed', error: message, ...finishedNow });
  }

  markDiscarded(id: number): Promise<DumpRun> {
    return this.transition(id, 'discarded', { status: 'discarded' });
  }

  async find(id: number): Promise<DumpRun | null> {
    const [row] = await this.session.db.select().from(dumps).where(eq(dumps.id, id));
    return row === undefined ? null : toDumpRun(row);
  }

  /** Newest first. */
  async list(filter: { code?: string; statuses?: readonly DumpStatus[]; limit?: number } = {}): Promise<DumpRun[]> {
    const conditions: SQL[] = [];
    if (filter.code !== undefined) conditions.push(eq(dumps.code, filter.code));
    if (filter.statuses !== undefined) conditions.push(inArray(dumps.status, [...filter.statuses]));
    const rows = await this.session.db
      .select()
      .from(dumps)
      .where(and(...conditions))
      .orderBy(desc(dumps.id))
      .limit(filter.limit ?? 100);
    return rows.map(toDumpRun);
  }

  /** The latest completed run of a file with these bytes: a second ingest of it records no change. */
  async findCompletedBySha256(sha256: string): Promise<DumpRun | null> {
    const [row] = await this.session.db
      .select()
      .from(dumps)
      .where(and(eq(dumps.sha256, sha256), eq(dumps.status, 'completed')))
      .orderBy(desc(dumps.id))
      .limit(1);
    return row === undefined ? null : toDumpRun(row);
  }

  /** The accepted dump the code's stored state comes from. */
  async latestAccepted(code: string): Promise<DumpRun | null> {
    const [row] = await this.session.db
      .select({ dump: dumps })
      .from(codes)
      .innerJoin(dumps, eq(dumps.id, codes.stateDumpId))
      .where(eq(codes.slug, code));
    return row === undefined ? null : toDumpRun(row.dump);
  }

  private async transition(
    id: number,
    to: keyof typeof FROM,
    values: Partial<{ [K in keyof DumpRow]: DumpRow[K] | SQL }>,
  ): Promise<DumpRun> {
    const [row] = await this.session.db
      .update(dumps)
      .set(values)
      .where(and(eq(dumps.id, id), inArray(dumps.status, [...FROM[to]])))
      .returning();
    if (row !== undefined) return toDumpRun(row);
    const current = await this.find(id);
    throw new Error(
      current === null
        ? `Dump run ${id} does not exist`
        : `Dump run ${id} is ${current.status}: it cannot become ${to} (only from ${FROM[to].join(' or ')})`,
    );
  }
}

function outcomeColumns(outcome: DumpOutcome) {
  return {
    rowCount: outcome.rowCount,
    rowErrorCount: outcome.rowErrorCount,
    firstRowErrors: outcome.firstRowErrors.slice(0, FIRST_ROW_ERRORS_KEPT),
    changeCounts: outcome.changeCounts,
    technicalCount: outcome.technicalCount,
  };
}

function toDumpRun(row: DumpRow): DumpRun {
  return {
    id: row.id,
    code: row.code,
    source: row.source,
    sha256: row.sha256,
    label: row.label,
    asOf: row.asOf,
    status: row.status,
    hold: row.holdReason === null ? null : { reason: row.holdReason, detail: row.holdDetail ?? '' },
    changeCounts: row.changeCounts,
    technicalCount: row.technicalCount,
    rowCount: row.rowCount,
    rowErrorCount: row.rowErrorCount,
    firstRowErrors: row.firstRowErrors,
    rowsRead: row.rowsRead,
    totalRows: row.totalRows,
    error: row.error,
    queuedAt: row.queuedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    durationMs: row.durationMs,
  };
}
