import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { dumps } from './dumps.js';

export const codes = pgTable('codes', {
  slug: text('slug').primaryKey(),
  title: text('title').notNull(),
  /** The accepted dump whose articles `code_state` holds: the base of the next comparison. */
  stateDumpId: integer('state_dump_id').references(() => dumps.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
