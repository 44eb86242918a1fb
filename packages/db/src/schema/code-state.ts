import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { articleVersions } from './article-versions.js';

/** The versions of each article in the code's last accepted dump: what the next dump is compared with. */
export const codeState = pgTable(
  'code_state',
  {
    // Only version_id is checked: it is what makes a state that names an unstored version fail its dump.
    code: text('code').notNull(),
    cid: text('cid').notNull(),
    /** Order of the version among the article's versions in that dump. */
    position: integer('position').notNull(),
    versionId: text('version_id')
      .notNull()
      .references(() => articleVersions.id),
    /** 1-based row of this version in that dump. */
    row: integer('row').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.code, table.cid, table.position] }),
    index('code_state_cid_idx').on(table.cid),
    index('code_state_version_idx').on(table.versionId),
  ],
);
