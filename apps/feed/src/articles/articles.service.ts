import type { StoredArticleVersion } from '@legifeed/db';
import { diffArticle, legalParagraphs, renderDiffHtml, renderDiffPatch, type ArticleDiff } from '@legifeed/diff';
import { canonicalArticleNumber, type CalendarDay } from '@legifeed/parser';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { SiteAddress } from '../config/site-address.js';
import { jsonRepresentation, MEDIA_TYPES, representation, type Representation } from '../http/representation.js';
import { ArticleHistoryRepository } from '../storage/article-history.repository.js';
import { CodeCatalogRepository } from '../storage/code-catalog.repository.js';
import { articleLinks, articleSummaryJson, citingArticleJson, versionJson, versionTextJson } from './article-json.js';
import { representativeVersion, versionInForceOn } from './version-in-force.js';

/** An article and every stored version of it, oldest first. */
export interface ArticleHistory {
  cid: string;
  versions: StoredArticleVersion[];
  /** The version that names the article (number, code, place): the one in force, else the newest. */
  current: StoredArticleVersion;
}

export interface Comparison {
  from: StoredArticleVersion;
  to: StoredArticleVersion;
  diff: ArticleDiff;
}

export const DIFF_FORMATS = ['json', 'html', 'patch'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticleHistoryRepository,
    private readonly codes: CodeCatalogRepository,
    private readonly links: SiteAddress,
  ) {}

  async history(cid: string): Promise<ArticleHistory> {
    const versions = await this.articles.versionsOf(cid);
    const current = representativeVersion(versions);
    if (current === undefined) throw new NotFoundException(`no article has the cid "${cid}"`);
    return { cid, versions, current };
  }

  /** Two versions and their diff; without a choice, the last amendment (the two newest versions). */
  compare(history: ArticleHistory, fromId: string | null, toId: string | null): Comparison {
    const { versions } = history;
    const from = this.versionNamed(history, 'from', fromId ?? versions.at(-2)?.id ?? versions[0]!.id);
    const to = this.versionNamed(history, 'to', toId ?? versions.at(-1)!.id);
    return { from, to, diff: diffArticle(legalParagraphs(from), legalParagraphs(to)) };
  }

  async search(num: string, code: string | null): Promise<Representation> {
    const [found, codes] = await Promise.all([this.articles.findByNumber(canonicalArticleNumber(num), code), this.codes.list()]);
    const titles = new Map(codes.map((entry) => [entry.slug, entry.title]));
    return jsonRepresentation({
      filters: { code, num },
      articles: found.map((article) => articleSummaryJson(article, titles.get(article.code) ?? article.code, this.links)),
    });
  }

  async article(cid: string): Promise<Representation> {
    const { current, versions } = await this.history(cid);
    return jsonRepresentation({
      cid,
      num: current.num,
      code: current.code,
      sectionPath: current.section.path,
      versions: versions.map(versionJson),
      links: articleLinks(cid, this.links),
    });
  }

  async diff(cid: string, fromId: string | null, toId: string | null, format: DiffFormat): Promise<Representation> {
    const { from, to, diff } = this.compare(await this.history(cid), fromId, toId);
    switch (format) {
      case 'json':
        return jsonRepresentation({ cid, from: versionJson(from), to: versionJson(to), diff, html: renderDiffHtml(diff) });
      case 'html':
        return representation(`${renderDiffHtml(diff)}\n`, MEDIA_TYPES.html);
      case 'patch':
        return representation(renderDiffPatch(diff, { old: versionLabel(from), new: versionLabel(to) }), MEDIA_TYPES.patch);
    }
  }

  async inForceOn(cid: string, day: CalendarDay): Promise<Representation> {
    const { versions } = await this.history(cid);
    const version = versionInForceOn(versions, day);
    if (version === null) {
      const periods = versions.map((entry) => `${entry.id}: ${entry.validFrom} → ${entry.validTo ?? 'open'}`).join('; ');
      throw new NotFoundException(`article ${cid} had no version in force on ${day} (${periods})`);
    }
    return jsonRepresentation({ cid, date: day, version: versionTextJson(version) });
  }

  async citedBy(cid: string): Promise<Representation> {
    const { current } = await this.history(cid);
    const citing = await this.articles.citing(current.code.slug, current.numKey);
    return jsonRepresentation({
      cid,
      num: current.num,
      code: current.code,
      citedBy: citing.map((article) => citingArticleJson(article, this.links)),
    });
  }

  private versionNamed(history: ArticleHistory, parameter: 'from' | 'to', id: string): StoredArticleVersion {
    const version = history.versions.find((entry) => entry.id === id);
    if (version !== undefined) return version;
    const ids = history.versions.map((entry) => entry.id).join(', ');
    throw new BadRequestException(`${parameter}: "${id}" is not a version of article ${history.cid} (its versions: ${ids})`);
  }
}

function versionLabel(version: StoredArticleVersion): string {
  return `${version.id} (${version.validFrom} → ${version.validTo ?? 'open'})`;
}
