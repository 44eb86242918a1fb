import type { ArticleStatus } from '@legifeed/parser';
import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { dumps } from './dumps.js';

/** What one row of a dump says about a version; shared by the current row and its earlier revisions. */
function versionContentColumns() {
  return {
    /** 1-based row in the dump that last wrote this content. */
    row: integer('row').notNull(),
    num: text('num').notNull(),
    numKey: text('num_key').notNull(),
    etat: text('etat').notNull(),
    status: text('status').$type<ArticleStatus>().notNull(),
    /** A day, or 'undetermined'. */
    validFrom: text('valid_from').notNull(),
    /** A day, 'undetermined', or null when open-ended. */
    validTo: text('valid_to'),
    datesInverted: boolean('dates_inverted').notNull(),
    previousVersionId: text('previous_version_id'),
    versionNumber: integer('version_number'),
    html: text('html').notNull(),
    paragraphs: jsonb('paragraphs').$type<string[]>().notNull(),
    text: text('text').notNull(),
    notaHtml: text('nota_html').notNull(),
    notaText: text('nota_text').notNull(),
    sectionPath: jsonb('section_path').$type<string[]>().notNull(),
    sectionCid: text('section_cid'),
    contentHash: text('content_hash').notNull(),
    rawHash: text('raw_hash').notNull(),
  };
}

/**
 * One row per version id, holding the latest content the source gave for it. The source rewrites versions in
 * place (markup, and sometimes the wording), so the content is replaced when a dump brings a new raw row; the
 * replaced legal content is kept in `article_version_revisions`.
 */
export const articleVersions = pgTable(
  'article_versions',
  {
    id: text('id').primaryKey(),
    cid: text('cid').notNull(),
    // No foreign keys on code and dumps: a whole dump is written at once by IngestWriter, which upserts the code
    // and owns the dump, and checking thousands of rows one by one costs more than the rest of the insert.
    code: text('code').notNull(),
    ...versionContentColumns(),
    firstDumpId: integer('first_dump_id').notNull(),
    lastDumpId: integer('last_dump_id').notNull(),
  },
  (table) => [
    index('article_versions_cid_idx').on(table.cid),
    index('article_versions_code_num_key_idx').on(table.code, table.numKey),
  ],
);

/** The legal content a version had before the source corrected it under the same version id. */
export const articleVersionRevisions = pgTable(
  'article_version_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    versionId: text('version_id')
      .notNull()
      .references(() => articleVersions.id),
    ...versionContentColumns(),
    replacedByDumpId: integer('replaced_by_dump_id')
      .notNull()
      .references(() => dumps.id),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('article_version_revisions_version_idx').on(table.versionId)],
);
