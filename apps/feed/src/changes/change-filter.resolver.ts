import type { ChangeFilter } from '@legifeed/db';
import { canonicalArticleNumber } from '@legifeed/parser';
import { BadRequestException, Injectable } from '@nestjs/common';
import { nextDay, parisMidnight } from '../query/calendar-day.js';
import type { ChangeQuery } from '../query/change-query.js';
import { ArticleHistoryRepository } from '../storage/article-history.repository.js';
import { CodeCatalogRepository } from '../storage/code-catalog.repository.js';

export const ARTICLE_CID = /^LEGIARTI\d{12}$/;
const SECTION_CID = /^LEGISCTA\d{12}$/;
/** "Partie législative > Livre I" (as the filter form takes it), or with "›" as the pages print paths. */
const PATH_SEPARATOR = /\s*[>›]\s*/;

/** Turns a validated query into storage's filter, looking up what the query names (paging aside). */
@Injectable()
export class ChangeFilterResolver {
  constructor(
    private readonly codes: CodeCatalogRepository,
    private readonly articles: ArticleHistoryRepository,
  ) {}

  async filterOf(query: ChangeQuery): Promise<ChangeFilter> {
    if (query.code !== null && (await this.codes.find(query.code)) === null) {
      const known = (await this.codes.list()).map((code) => code.slug);
      throw new BadRequestException(`code: no code "${query.code}" is published (known: ${known.join(', ') || 'none yet'})`);
    }
    const filter: ChangeFilter = { limit: query.limit };
    if (query.code !== null) filter.code = query.code;
    const cids = query.articles.filter((article) => ARTICLE_CID.test(article));
    const numKeys = query.articles.filter((article) => !ARTICLE_CID.test(article)).map(canonicalArticleNumber);
    if (cids.length > 0) filter.cids = cids;
    if (numKeys.length > 0) filter.numKeys = numKeys;
    if (query.section !== null) {
      if (SECTION_CID.test(query.section)) filter.sectionCid = query.section;
      else filter.sectionPathPrefix = query.section.split(PATH_SEPARATOR).filter((title) => title !== '');
    }
    if (query.kinds.length > 0) filter.kinds = query.kinds;
    if (query.dateField === 'detected') {
      if (query.since !== null) filter.detectedSince = parisMidnight(query.since);
      if (query.until !== null) filter.detectedUntil = parisMidnight(nextDay(query.until));
    } else {
      if (query.since !== null) filter.effectiveSince = query.since;
      if (query.until !== null) filter.effectiveUntil = query.until;
    }
    if (query.q !== null) filter.q = query.q;
    if (query.cites !== null) filter.citedByCid = await this.citingCid(query.cites, query.code);
    return filter;
  }

  /** `cites` names one article: by cid, or by a number that only one article bears (in `code` when given). */
  private async citingCid(cites: string, code: string | null): Promise<string> {
    if (ARTICLE_CID.test(cites)) return cites;
    const found = await this.articles.findByNumber(canonicalArticleNumber(cites), code);
    if (found.length === 1) return found[0]!.cid;
    if (found.length === 0) throw new BadRequestException(`cites: no article numbered "${cites}"${code === null ? '' : ` in ${code}`}`);
    throw new BadRequestException(
      `cites: ${found.length} articles are numbered "${cites}" (${found.map((article) => `${article.cid} in ${article.code}`).join(', ')}): give its cid, or the code`,
    );
  }
}
