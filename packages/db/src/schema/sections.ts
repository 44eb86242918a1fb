import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { codes } from './codes.js';
import { dumps } from './dumps.js';

/** Sections that directly hold articles (the source's `sectionParentCid`), with their latest titles. */
export const sections = pgTable(
  'sections',
  {
    cid: text('cid').primaryKey(),
    code: text('code')
      .notNull()
      .references(() => codes.slug),
    /** Titles from the root of the code down to this section. */
    path: jsonb('path').$type<string[]>().notNull(),
    /** `path` as a prefix-searchable key (see section-path-key.ts). */
    pathKey: text('path_key').notNull(),
    title: text('title').notNull(),
    firstDumpId: integer('first_dump_id')
      .notNull()
      .references(() => dumps.id),
    lastDumpId: integer('last_dump_id')
      .notNull()
      .references(() => dumps.id),
  },
  (table) => [index('sections_code_path_key_idx').on(table.code, table.pathKey.op('text_pattern_ops'))],
);
