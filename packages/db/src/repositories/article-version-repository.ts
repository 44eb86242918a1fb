import type { ArticleVersion } from '@legifeed/parser';
import { asc, eq, sql } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { articleVersions } from '../schema/article-versions.js';
import { codes } from '../schema/codes.js';
import { columnList, inBatches, jsonRecordset, jsonTextList } from '../sql/json-recordset.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import {
  storedVersionSelection,
  toStoredArticleVersion,
  toVersionRecord,
  VERSION_CONTENT_COLUMNS,
  VERSION_RECORD_COLUMNS,
  type StoredArticleVersion,
} from './article-version-rows.js';
import { ReferenceRepository } from './reference-repository.js';

const VERSIONS_PER_STATEMENT = 1000;

export interface VersionWriteResult {
  /** Versions stored for the first time, or whose raw row changed. */
  written: ArticleVersion[];
  inserted: number;
  /** Known versions the source rewrote in place (markup or wording). */
  rewritten: number;
  /** Known versions seen again unchanged: only their last dump moves. */
  unchanged: number;
}

export class ArticleVersionRepository {
  constructor(private readonly session: DatabaseSession) {}

  /**
   * Stores the versions a dump holds with the references they cite, set-based: one query for the hashes already
   * stored, then one statement per 1,000 new or rewritten versions, two for their references and one for the
   * unchanged versions. When the source changed a version's legal content in place, the previous content moves
   * to `article_version_revisions` first.
   */
  async upsert(versions: readonly ArticleVersion[], dumpId: number): Promise<VersionWriteResult> {
    const distinct = [...new Map(versions.map((version) => [version.id, version])).values()];
    const stored = await this.storedHashes(distinct.map((version) => version.id));
    const inserted: ArticleVersion[] = [];
    const rewritten: ArticleVersion[] = [];
    const unchangedIds: string[] = [];
    for (const version of distinct) {
      const hashes = stored.get(version.id);
      if (hashes === undefined) inserted.push(version);
      else if (hashes.rawHash !== version.rawHash) rewritten.push(version);
      else unchangedIds.push(version.id);
    }
    const correctedIds = rewritten
      .filter((version) => stored.get(version.id)?.contentHash !== version.contentHash)
      .map((version) => version.id);
    if (correctedIds.length > 0) await this.keepRevisions(correctedIds, dumpId);
    const written = [...inserted, ...rewritten];
    for (const batch of inBatches(written, VERSIONS_PER_STATEMENT)) await this.write(batch, dumpId);
    await new ReferenceRepository(this.session).replaceFor(written);
    if (unchangedIds.length > 0) await this.markSeen(unchangedIds, dumpId);
    return { written, inserted: inserted.length, rewritten: rewritten.length, unchanged: unchangedIds.length };
  }

  async getByIds(ids: readonly string[]): Promise<StoredArticleVersion[]> {
    if (ids.length === 0) return [];
    const rows = await this.session.db
      .select(storedVersionSelection)
      .from(articleVersions)
      .innerJoin(codes, eq(codes.slug, articleVersions.code))
      .where(sql`${articleVersions.id} in ${jsonTextList(ids)}`);
    return rows.map(toStoredArticleVersion);
  }

  /** Every stored version of an article, oldest validity first (undetermined starts last). */
  async listByCid(cid: string): Promise<StoredArticleVersion[]> {
    const rows = await this.session.db
      .select(storedVersionSelection)
      .from(articleVersions)
      .innerJoin(codes, eq(codes.slug, articleVersions.code))
      .where(eq(articleVersions.cid, cid))
      .orderBy(asc(articleVersions.validFrom), asc(articleVersions.id));
    return rows.map(toStoredArticleVersion);
  }

  private async storedHashes(ids: readonly string[]): Promise<Map<string, { rawHash: string; contentHash: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await runBulkStatement<{ id: string; raw_hash: string; content_hash: string }>(
      this.session,
      `Reading the hashes of ${ids.length} stored article versions`,
      sql`select id, raw_hash, content_hash from article_versions where id in ${jsonTextList(ids)}`,
    );
    return new Map(rows.map((row) => [row.id, { rawHash: row.raw_hash, contentHash: row.content_hash }]));
  }

  private async keepRevisions(ids: readonly string[], dumpId: number): Promise<void> {
    const content = columnList(VERSION_CONTENT_COLUMNS);
    await runBulkStatement(
      this.session,
      `Keeping the revisions of ${ids.length} corrected article versions`,
      sql`
      insert into article_version_revisions (version_id, ${content}, replaced_by_dump_id)
      select id, ${content}, ${dumpId}::integer from article_versions where id in ${jsonTextList(ids)}`,
    );
  }

  private async write(batch: readonly ArticleVersion[], dumpId: number): Promise<void> {
    const columns = Object.keys(VERSION_RECORD_COLUMNS);
    const replaced = VERSION_CONTENT_COLUMNS.map((column) => `"${column}" = excluded."${column}"`).join(', ');
    await runBulkStatement(
      this.session,
      `Storing ${batch.length} article versions of dump ${dumpId}`,
      sql`
      insert into article_versions (${columnList(columns)}, first_dump_id, last_dump_id)
      select ${columnList(columns, 'incoming')}, ${dumpId}::integer, ${dumpId}::integer
      from ${jsonRecordset('incoming', batch.map(toVersionRecord), VERSION_RECORD_COLUMNS)}
      on conflict (id) do update set ${sql.raw(replaced)}, last_dump_id = excluded.last_dump_id`,
    );
  }

  private async markSeen(ids: readonly string[], dumpId: number): Promise<void> {
    await runBulkStatement(
      this.session,
      `Marking ${ids.length} article versions as seen in dump ${dumpId}`,
      sql`
      update article_versions set last_dump_id = ${dumpId}::integer
      where id in ${jsonTextList(ids)} and last_dump_id <> ${dumpId}::integer`,
    );
  }
}
