import type { ArticleVersion } from '@legifeed/parser';
import { asc, eq, sql } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { sectionPathKey } from '../section-path-key.js';
import { sections } from '../schema/sections.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import { jsonRecordset } from '../sql/json-recordset.js';

export interface StoredSection {
  cid: string;
  code: string;
  path: string[];
  title: string;
  firstDumpId: number;
  lastDumpId: number;
}

export class SectionRepository {
  constructor(private readonly session: DatabaseSession) {}

  /** Records the sections holding these versions, with the titles the dump gives them (one statement). */
  async recordSeen(code: string, versions: readonly ArticleVersion[], dumpId: number): Promise<void> {
    const paths = new Map<string, string[]>();
    for (const { section } of versions) {
      if (section.parentCid !== null && !paths.has(section.parentCid)) paths.set(section.parentCid, section.path);
    }
    if (paths.size === 0) return;
    const records = [...paths].map(([cid, path]) => ({
      cid,
      path,
      path_key: sectionPathKey(path),
      title: path.at(-1) ?? '',
    }));
    await runBulkStatement(
      this.session,
      `Storing ${records.length} sections of ${code}`,
      sql`
      insert into sections (cid, code, path, path_key, title, first_dump_id, last_dump_id)
      select cid, ${code}::text, path, path_key, title, ${dumpId}::integer, ${dumpId}::integer
      from ${jsonRecordset('incoming', records, { cid: 'text', path: 'jsonb', path_key: 'text', title: 'text' })}
      on conflict (cid) do update set
        path = excluded.path, path_key = excluded.path_key, title = excluded.title,
        last_dump_id = excluded.last_dump_id`,
    );
  }

  async find(cid: string): Promise<StoredSection | null> {
    const [row] = await this.session.db.select().from(sections).where(eq(sections.cid, cid));
    return row === undefined ? null : toStoredSection(row);
  }

  /** In path order. */
  async listByCode(code: string): Promise<StoredSection[]> {
    const rows = await this.session.db
      .select()
      .from(sections)
      .where(eq(sections.code, code))
      .orderBy(asc(sections.pathKey));
    return rows.map(toStoredSection);
  }
}

function toStoredSection(row: typeof sections.$inferSelect): StoredSection {
  return {
    cid: row.cid,
    code: row.code,
    path: row.path,
    title: row.title,
    firstDumpId: row.firstDumpId,
    lastDumpId: row.lastDumpId,
  };
}
