import type { ArticleDiff, Change } from '@legifeed/diff';
import type { CalendarDay, CodeIdentity } from '@legifeed/parser';
import type { PublishedChange, SourcePlaceholders } from './types.js';

/**
 * A change as storage records it: the detected facts plus its identity and publication order. Its diff is not
 * read: the context says which diff to show, if any.
 */
export interface RecordedChangeFacts extends Omit<Change, 'diff'> {
  id: string;
  sequence: number;
  detectedAt: Date;
  summary: string | null;
}

/** What storage knows around a change and the renderers need with it. */
export interface PublicationContext {
  code: CodeIdentity;
  /** The as-of day of the detecting dump, when the run had one. */
  dumpDay: CalendarDay | null;
  /** The diff to show; null where it is left out (webhook payloads point to it instead). */
  diff: ArticleDiff | null;
  placeholders?: SourcePlaceholders;
}

/** One recorded change in the shape every renderer (feeds, pages, webhook payloads) takes. */
export function publishedChangeOf(change: RecordedChangeFacts, context: PublicationContext): PublishedChange {
  const detectedAt = change.detectedAt.toISOString();
  const published: PublishedChange = {
    id: change.id,
    sequence: change.sequence,
    kind: change.kind,
    code: context.code,
    article: change.article && { cid: change.article.cid, num: change.article.num },
    section: change.section,
    sectionBefore: change.sectionBefore,
    before: change.before,
    after: change.after,
    effectiveDate: change.effectiveDate,
    // A run queued without its as-of day: the day of detection is the closest the facts allow.
    dumpDate: context.dumpDay ?? detectedAt.slice(0, 10),
    detectedAt,
    diff: context.diff,
    summary: change.summary,
  };
  if (context.placeholders) published.placeholders = context.placeholders;
  return published;
}
