import type { ArticleDiff, ChangeKind, SectionRef, VersionRef } from '@legifeed/diff';
import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { codes } from './codes.js';
import { dumps } from './dumps.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Every recorded change, in publication order (`sequence`). */
export const changes = pgTable(
  'changes',
  {
    /** Derived from the change's content (see change-id.ts): recording the same change again is a no-op. */
    id: text('id').primaryKey(),
    /** Increases with every recorded change, in commit order: the cursor of feeds and the outbox. */
    sequence: bigint('sequence', { mode: 'number' }).notNull().unique().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<ChangeKind>().notNull(),
    code: text('code')
      .notNull()
      .references(() => codes.slug),
    cid: text('cid'),
    num: text('num'),
    numKey: text('num_key'),
    sectionCid: text('section_cid'),
    sectionPath: jsonb('section_path').$type<string[]>().notNull(),
    /** `section_path` as a prefix-searchable key (see section-path-key.ts). */
    sectionPathKey: text('section_path_key').notNull(),
    sectionBefore: jsonb('section_before').$type<SectionRef>(),
    beforeVersionId: text('before_version_id'),
    afterVersionId: text('after_version_id'),
    before: jsonb('before').$type<VersionRef>(),
    after: jsonb('after').$type<VersionRef>(),
    /** A day, 'undetermined', or null when the change applies from its detection. */
    effectiveDate: text('effective_date'),
    detectedDumpId: integer('detected_dump_id')
      .notNull()
      .references(() => dumps.id),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
    diff: jsonb('diff').$type<ArticleDiff>(),
    summary: text('summary'),
    /**
     * The article's text (after the change, else before) for the `q` filter, indexed here rather than on
     * article_versions so that only changed articles pay for French text analysis, not every stored version.
     */
    search: tsvector('search'),
  },
  (table) => [
    index('changes_code_sequence_idx').on(table.code, table.sequence),
    index('changes_cid_idx').on(table.cid),
    index('changes_num_key_idx').on(table.code, table.numKey),
    index('changes_kind_idx').on(table.kind, table.sequence),
    index('changes_section_cid_idx').on(table.sectionCid),
    index('changes_section_path_key_idx').on(table.sectionPathKey.op('text_pattern_ops')),
    index('changes_effective_date_idx').on(table.effectiveDate),
    index('changes_detected_at_idx').on(table.detectedAt),
    index('changes_search_idx').using('gin', table.search),
  ],
);
