import type { ArticleVersion } from '@legifeed/parser';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { articleReferences } from '../schema/article-references.js';
import { articleVersions } from '../schema/article-versions.js';
import { codeState } from '../schema/code-state.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import { inBatches, jsonRecordset, jsonTextList } from '../sql/json-recordset.js';

const REFERENCES_PER_STATEMENT = 10_000;
const REFERENCE_RECORD_COLUMNS = { version_id: 'text', code: 'text', cited_num_key: 'text', position: 'integer' };

/** An article of a code's current state whose text cites a given article. */
export interface CitingArticle {
  cid: string;
  num: string;
  numKey: string;
  versionId: string;
}

export class ReferenceRepository {
  constructor(private readonly session: DatabaseSession) {}

  /** Makes each version's stored references the ones it carries now. */
  async replaceFor(versions: readonly ArticleVersion[]): Promise<void> {
    if (versions.length === 0) return;
    await runBulkStatement(
      this.session,
      `Clearing the references of ${versions.length} article versions`,
      sql`delete from article_references where version_id in ${jsonTextList(versions.map((version) => version.id))}`,
    );
    const records = versions.flatMap((version) =>
      [...new Set(version.references)].map((numKey, position) => ({
        version_id: version.id,
        code: version.code.slug,
        cited_num_key: numKey,
        position,
      })),
    );
    for (const batch of inBatches(records, REFERENCES_PER_STATEMENT)) {
      await runBulkStatement(
        this.session,
        `Storing ${batch.length} article references`,
        sql`
        insert into article_references (version_id, code, cited_num_key, "position")
        select version_id, code, cited_num_key, "position"
        from ${jsonRecordset('incoming', batch, REFERENCE_RECORD_COLUMNS)}`,
      );
    }
  }

  /** Articles of the code's current state that cite `numKey`, by number. */
  async citedBy(code: string, numKey: string): Promise<CitingArticle[]> {
    return this.session.db
      .selectDistinct({
        cid: codeState.cid,
        num: articleVersions.num,
        numKey: articleVersions.numKey,
        versionId: articleVersions.id,
      })
      .from(articleReferences)
      .innerJoin(codeState, and(eq(codeState.versionId, articleReferences.versionId), eq(codeState.code, code)))
      .innerJoin(articleVersions, eq(articleVersions.id, articleReferences.versionId))
      .where(and(eq(articleReferences.code, code), eq(articleReferences.citedNumKey, numKey)))
      .orderBy(asc(articleVersions.numKey), asc(articleVersions.id));
  }

  /** The article numbers the current versions of article `cid` cite, in the order the versions give them. */
  async citationsOf(cid: string): Promise<string[]> {
    const rows = await this.session.db
      .select({ numKey: articleReferences.citedNumKey })
      .from(codeState)
      .innerJoin(articleReferences, eq(articleReferences.versionId, codeState.versionId))
      .where(eq(codeState.cid, cid))
      .orderBy(asc(codeState.position), asc(articleReferences.position));
    return [...new Set(rows.map((row) => row.numKey))];
  }
}
