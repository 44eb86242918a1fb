import {
  ArticleVersionRepository,
  articleVersions,
  ReferenceRepository,
  type CitingArticle,
  type Database,
  type StoredArticleVersion,
} from '@legifeed/db';
import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { DATABASE } from './database.module.js';

/** An article as a search by number finds it: its latest number, code and place. */
export interface ArticleSummary {
  cid: string;
  code: string;
  num: string;
  numKey: string;
  sectionPath: string[];
}

/** Every stored version of the articles, and who cites whom. */
@Injectable()
export class ArticleHistoryRepository {
  private readonly versions: ArticleVersionRepository;
  private readonly references: ReferenceRepository;

  constructor(@Inject(DATABASE) private readonly database: Database) {
    this.versions = new ArticleVersionRepository(database);
    this.references = new ReferenceRepository(database);
  }

  /** Oldest validity first (undetermined starts last); empty for an unknown article. */
  versionsOf(cid: string): Promise<StoredArticleVersion[]> {
    return this.versions.listByCid(cid);
  }

  /** The articles that ever bore this number (canonical key), in one code or in all, by cid. */
  async findByNumber(numKey: string, code: string | null): Promise<ArticleSummary[]> {
    const conditions: SQL[] = [eq(articleVersions.numKey, numKey)];
    if (code !== null) conditions.push(eq(articleVersions.code, code));
    // One row per article: the version starting last says its current number and place.
    const rows = await this.database.db
      .selectDistinctOn([articleVersions.cid], {
        cid: articleVersions.cid,
        code: articleVersions.code,
        num: articleVersions.num,
        numKey: articleVersions.numKey,
        sectionPath: articleVersions.sectionPath,
      })
      .from(articleVersions)
      .where(and(...conditions))
      .orderBy(asc(articleVersions.cid), desc(articleVersions.validFrom));
    return rows;
  }

  /** The articles of the code's current state whose text cites this number. */
  citing(code: string, numKey: string): Promise<CitingArticle[]> {
    return this.references.citedBy(code, numKey);
  }
}
