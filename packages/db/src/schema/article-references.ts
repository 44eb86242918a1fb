import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** An article number a version's text cites, within the version's own code. */
export const articleReferences = pgTable(
  'article_references',
  {
    // No foreign key: written with its versions, in bulk (see article_versions).
    versionId: text('version_id').notNull(),
    code: text('code').notNull(),
    citedNumKey: text('cited_num_key').notNull(),
    /** Place in the version's `references`, whose order the parser chose. */
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.versionId, table.citedNumKey] }),
    index('article_references_cited_idx').on(table.code, table.citedNumKey),
  ],
);
