import type { CodeState } from '@legifeed/diff';
import type { ArticleVersion } from '@legifeed/parser';
import { asc, eq, sql } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { articleVersions } from '../schema/article-versions.js';
import { codeState } from '../schema/code-state.js';
import { codes } from '../schema/codes.js';
import { dumps } from '../schema/dumps.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import { inBatches, jsonRecordset } from '../sql/json-recordset.js';
import { storedVersionSelection, toArticleVersion } from './article-version-rows.js';

const STATE_ROWS_PER_STATEMENT = 10_000;
const STATE_RECORD_COLUMNS = { cid: 'text', position: 'integer', version_id: 'text', row: 'integer' };

export class CodeStateRepository {
  constructor(private readonly session: DatabaseSession) {}

  /** What the next dump of the code is compared with. An unknown code has an empty state. */
  async load(code: string): Promise<CodeState> {
    const [articles, previousRowCount, announcedVersionIds] = await Promise.all([
      this.loadArticles(code),
      this.previousRowCount(code),
      this.storedVersionIds(code),
    ]);
    return { articles, previousRowCount, announcedVersionIds };
  }

  /**
   * Makes `state` the code's state, taken from accepted dump `dumpId`. Every version in it must be stored
   * already (ArticleVersionRepository.upsert).
   */
  async replace(code: string, state: ReadonlyMap<string, readonly ArticleVersion[]>, dumpId: number): Promise<void> {
    const records = [...state].flatMap(([cid, versions]) =>
      versions.map((version, position) => ({ cid, position, version_id: version.id, row: version.row })),
    );
    await this.session.db.delete(codeState).where(eq(codeState.code, code));
    for (const batch of inBatches(records, STATE_ROWS_PER_STATEMENT)) {
      await runBulkStatement(
        this.session,
        `Storing the state of ${code} (${batch.length} versions)`,
        sql`
        insert into code_state (code, cid, "position", version_id, "row")
        select ${code}::text, cid, "position", version_id, "row"
        from ${jsonRecordset('incoming', batch, STATE_RECORD_COLUMNS)}`,
      );
    }
    await this.session.db.update(codes).set({ stateDumpId: dumpId }).where(eq(codes.slug, code));
  }

  private async loadArticles(code: string): Promise<Map<string, ArticleVersion[]>> {
    const rows = await this.session.db
      .select({ ...storedVersionSelection, stateCid: codeState.cid, stateRow: codeState.row })
      .from(codeState)
      .innerJoin(articleVersions, eq(articleVersions.id, codeState.versionId))
      .innerJoin(codes, eq(codes.slug, codeState.code))
      .where(eq(codeState.code, code))
      .orderBy(asc(codeState.cid), asc(codeState.position));
    const articles = new Map<string, ArticleVersion[]>();
    for (const { stateCid, stateRow, ...row } of rows) {
      const versions = articles.get(stateCid) ?? [];
      versions.push({ ...toArticleVersion(row), row: stateRow });
      articles.set(stateCid, versions);
    }
    return articles;
  }

  private async previousRowCount(code: string): Promise<number | null> {
    const [row] = await this.session.db
      .select({ rowCount: dumps.rowCount })
      .from(codes)
      .innerJoin(dumps, eq(dumps.id, codes.stateDumpId))
      .where(eq(codes.slug, code));
    return row?.rowCount ?? null;
  }

  /** Every version an accepted dump of the code brought: each was either announced or part of the first state. */
  private async storedVersionIds(code: string): Promise<Set<string>> {
    const rows = await this.session.db
      .select({ id: articleVersions.id })
      .from(articleVersions)
      .where(eq(articleVersions.code, code));
    return new Set(rows.map((row) => row.id));
  }
}
