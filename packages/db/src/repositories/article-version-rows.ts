import type { ArticleVersion } from '@legifeed/parser';
import { getTableColumns, sql } from 'drizzle-orm';
import { articleReferences } from '../schema/article-references.js';
import { articleVersions } from '../schema/article-versions.js';
import { codes } from '../schema/codes.js';

/** A stored version: the parser's ArticleVersion, plus the dumps it was first and last seen in. */
export interface StoredArticleVersion extends ArticleVersion {
  firstDumpId: number;
  lastDumpId: number;
}

/** The columns of `article_versions` as `json_to_recordset` reads them. */
export const VERSION_RECORD_COLUMNS = {
  id: 'text',
  cid: 'text',
  code: 'text',
  row: 'integer',
  num: 'text',
  num_key: 'text',
  etat: 'text',
  status: 'text',
  valid_from: 'text',
  valid_to: 'text',
  dates_inverted: 'boolean',
  previous_version_id: 'text',
  version_number: 'integer',
  html: 'text',
  paragraphs: 'jsonb',
  text: 'text',
  nota_html: 'text',
  nota_text: 'text',
  section_path: 'jsonb',
  section_cid: 'text',
  content_hash: 'text',
  raw_hash: 'text',
} as const;

/** The columns a new raw row replaces; `id`, `cid` and `code` identify the version and never change. */
export const VERSION_CONTENT_COLUMNS = Object.keys(VERSION_RECORD_COLUMNS).filter(
  (column) => !['id', 'cid', 'code'].includes(column),
);

export function toVersionRecord(version: ArticleVersion): Record<keyof typeof VERSION_RECORD_COLUMNS, unknown> {
  return {
    id: version.id,
    cid: version.cid,
    code: version.code.slug,
    row: version.row,
    num: version.num,
    num_key: version.numKey,
    etat: version.etat,
    status: version.status,
    valid_from: version.validFrom,
    valid_to: version.validTo,
    dates_inverted: version.datesInverted,
    previous_version_id: version.previousVersionId,
    version_number: version.versionNumber,
    html: version.html,
    paragraphs: version.paragraphs,
    text: version.text,
    nota_html: version.notaHtml,
    nota_text: version.notaText,
    section_path: version.section.path,
    section_cid: version.section.parentCid,
    content_hash: version.contentHash,
    raw_hash: version.rawHash,
  };
}

/** What to select to rebuild versions: every column, the code's title and the cited article numbers. */
export const storedVersionSelection = {
  ...getTableColumns(articleVersions),
  codeTitle: codes.title,
  references: sql<string[]>`(
    select coalesce(json_agg(${articleReferences.citedNumKey} order by ${articleReferences.position}), '[]'::json)
    from ${articleReferences} where ${articleReferences.versionId} = ${articleVersions.id})`,
};

type StoredVersionRow = typeof articleVersions.$inferSelect & { codeTitle: string; references: string[] };

export function toStoredArticleVersion(row: StoredVersionRow): StoredArticleVersion {
  return { ...toArticleVersion(row), firstDumpId: row.firstDumpId, lastDumpId: row.lastDumpId };
}

export function toArticleVersion(row: StoredVersionRow): ArticleVersion {
  return {
    row: row.row,
    code: { slug: row.code, title: row.codeTitle },
    id: row.id,
    cid: row.cid,
    previousVersionId: row.previousVersionId,
    versionNumber: row.versionNumber,
    num: row.num,
    numKey: row.numKey,
    etat: row.etat,
    status: row.status,
    validFrom: row.validFrom,
    validTo: row.validTo,
    datesInverted: row.datesInverted,
    html: row.html,
    paragraphs: row.paragraphs,
    text: row.text,
    notaHtml: row.notaHtml,
    notaText: row.notaText,
    section: { path: row.sectionPath, parentCid: row.sectionCid },
    references: row.references,
    contentHash: row.contentHash,
    rawHash: row.rawHash,
  };
}
