import { asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { changeId } from '../change-id.js';
import type { DatabaseSession } from '../connection/database.js';
import { sectionPathKey } from '../section-path-key.js';
import { changes } from '../schema/changes.js';
import { sections } from '../schema/sections.js';
import { columnList, inBatches, jsonRecordset } from '../sql/json-recordset.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import {
  MAX_CHANGES_PER_PAGE,
  type ChangeFilter,
  type ChangePage,
  type NewChange,
  type RecordedChange,
  type StoredChange,
} from '../stored-change.js';
import { changeFilterConditions } from './change-filter-conditions.js';

const CHANGES_PER_STATEMENT = 1000;
const DEFAULT_PAGE_SIZE = 50;

/**
 * Held from the first change insert to the commit. Sequences are drawn when a row is inserted but become
 * visible when its transaction commits; serialising the writers makes commit order equal sequence order, so a
 * reader paging by sequence never skips a change that commits late.
 */
const CHANGE_WRITERS_LOCK_KEY = 0x63686e67; // "chng"

const CHANGE_RECORD_COLUMNS = {
  position: 'integer',
  id: 'text',
  kind: 'text',
  code: 'text',
  cid: 'text',
  num: 'text',
  num_key: 'text',
  section_cid: 'text',
  section_path: 'jsonb',
  section_path_key: 'text',
  section_before: 'jsonb',
  before_version_id: 'text',
  after_version_id: 'text',
  before: 'jsonb',
  after: 'jsonb',
  effective_date: 'text',
  diff: 'jsonb',
  summary: 'text',
} as const;

/** The columns taken as given; `position` only orders the insert. */
const CHANGE_COLUMNS = Object.keys(CHANGE_RECORD_COLUMNS).filter((column) => column !== 'position');

export class ChangeRepository {
  constructor(private readonly session: DatabaseSession) {}

  /**
   * Records the changes a dump brought, set-based, in the given order. Changes already recorded (same id) are
   * skipped; the result lists the new ones only.
   */
  record(newChanges: readonly NewChange[], dumpId: number): Promise<RecordedChange[]> {
    if (newChanges.length === 0) return Promise.resolve([]);
    return this.session.transaction(async (tx) => {
      await tx.db.execute(sql`select pg_advisory_xact_lock(${CHANGE_WRITERS_LOCK_KEY})`);
      const records = newChanges.map(toChangeRecord);
      const recorded = new Map<string, number>();
      for (const batch of inBatches(records, CHANGES_PER_STATEMENT)) {
        const rows = await runBulkStatement<{ id: string; sequence: string | number | bigint }>(
          tx,
          `Recording ${batch.length} changes of dump ${dumpId}`,
          sql`
          insert into changes (${columnList(CHANGE_COLUMNS)}, detected_dump_id, search)
          select ${columnList(CHANGE_COLUMNS, 'incoming')}, ${dumpId}::integer, to_tsvector('french', version.text)
          from ${jsonRecordset('incoming', batch, CHANGE_RECORD_COLUMNS)}
          left join article_versions version
            on version.id = coalesce(incoming.after_version_id, incoming.before_version_id)
          order by incoming.position
          on conflict (id) do nothing
          returning id, sequence`,
        );
        for (const row of rows) recorded.set(row.id, Number(row.sequence));
      }
      return records.flatMap(({ id, kind }) => {
        const sequence = recorded.get(id);
        // Delete as we go: the same change given twice in one call is recorded (and returned) once.
        recorded.delete(id);
        return sequence === undefined ? [] : [{ id, sequence, kind }];
      });
    });
  }

  async get(id: string): Promise<StoredChange | null> {
    const [row] = await this.session.db.select(storedChangeColumns).from(changes).where(eq(changes.id, id));
    return row === undefined ? null : toStoredChange(row);
  }

  /** One page of changes matching `filter`, newest first unless `after` is given. */
  async list(filter: ChangeFilter = {}): Promise<ChangePage> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES_PER_PAGE) {
      throw new RangeError(`limit must be an integer from 1 to ${MAX_CHANGES_PER_PAGE} (got ${limit})`);
    }
    if (filter.before !== undefined && filter.after !== undefined) {
      throw new RangeError('give either before (newest first) or after (oldest first), not both');
    }
    const sectionKey = filter.sectionCid === undefined ? null : await this.sectionPathKeyOf(filter.sectionCid);
    const rows = await this.session.db
      .select(storedChangeColumns)
      .from(changes)
      .where(changeFilterConditions(filter, sectionKey))
      .orderBy(filter.after === undefined ? desc(changes.sequence) : asc(changes.sequence))
      .limit(limit + 1);
    const page = rows.slice(0, limit).map(toStoredChange);
    return { changes: page, nextCursor: rows.length > limit ? page.at(-1)!.sequence : null };
  }

  private async sectionPathKeyOf(cid: string): Promise<string | null> {
    const [row] = await this.session.db
      .select({ pathKey: sections.pathKey })
      .from(sections)
      .where(eq(sections.cid, cid));
    return row?.pathKey ?? null;
  }
}

function toChangeRecord(change: NewChange, position: number) {
  return {
    position,
    id: changeId(change),
    kind: change.kind,
    code: change.code,
    cid: change.article?.cid ?? null,
    num: change.article?.num ?? null,
    num_key: change.article?.numKey ?? null,
    section_cid: change.section.cid,
    section_path: change.section.path,
    section_path_key: sectionPathKey(change.section.path),
    section_before: change.sectionBefore,
    before_version_id: change.before?.id ?? null,
    after_version_id: change.after?.id ?? null,
    before: change.before,
    after: change.after,
    effective_date: change.effectiveDate,
    diff: change.diff,
    summary: change.summary ?? null,
  } satisfies Record<keyof typeof CHANGE_RECORD_COLUMNS, unknown>;
}

const { search: _search, ...storedChangeColumns } = getTableColumns(changes);

function toStoredChange(row: Omit<typeof changes.$inferSelect, 'search'>): StoredChange {
  return {
    id: row.id,
    sequence: row.sequence,
    kind: row.kind,
    code: row.code,
    article: row.cid === null ? null : { cid: row.cid, num: row.num ?? '', numKey: row.numKey ?? '' },
    section: { cid: row.sectionCid, path: row.sectionPath },
    sectionBefore: row.sectionBefore,
    before: row.before,
    after: row.after,
    effectiveDate: row.effectiveDate,
    diff: row.diff,
    summary: row.summary,
    detectedDumpId: row.detectedDumpId,
    detectedAt: row.detectedAt,
  };
}
