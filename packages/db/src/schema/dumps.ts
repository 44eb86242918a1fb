import type { ChangeKind, HoldReason } from '@legifeed/diff';
import type { RowError } from '@legifeed/parser';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const DUMP_STATUSES = ['queued', 'running', 'completed', 'held', 'discarded', 'failed'] as const;
export type DumpStatus = (typeof DUMP_STATUSES)[number];

/** One ingest run of one dump file, from queued to its outcome. */
export const dumps = pgTable(
  'dumps',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Unknown until the first row is read when the caller did not name the code. */
    code: text('code'),
    /** The path or URL the dump was read from. */
    source: text('source').notNull(),
    /** Of the file's bytes; unknown until read when the source is a URL. */
    sha256: text('sha256'),
    label: text('label'),
    asOf: date('as_of', { mode: 'string' }),
    status: text('status').$type<DumpStatus>().notNull().default('queued'),
    holdReason: text('hold_reason').$type<HoldReason>(),
    holdDetail: text('hold_detail'),
    changeCounts: jsonb('change_counts').$type<Partial<Record<ChangeKind, number>>>().notNull().default({}),
    technicalCount: integer('technical_count').notNull().default(0),
    rowCount: integer('row_count'),
    rowErrorCount: integer('row_error_count').notNull().default(0),
    firstRowErrors: jsonb('first_row_errors').$type<RowError[]>().notNull().default([]),
    rowsRead: integer('rows_read').notNull().default(0),
    totalRows: integer('total_rows'),
    error: text('error'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
  },
  (table) => [
    check(
      'dumps_status_known',
      sql`${table.status} in ('queued', 'running', 'completed', 'held', 'discarded', 'failed')`,
    ),
    index('dumps_sha256_idx').on(table.sha256),
    index('dumps_code_idx').on(table.code, table.id),
  ],
);
