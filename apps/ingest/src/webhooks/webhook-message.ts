import type { PendingDelivery } from '@legifeed/db';
import type { PublishedChange, SiteLinks } from '@legifeed/publish';
import { webhookPayload } from '@legifeed/publish';

/**
 * The `webhook-id` of a delivery: one per (change, subscription), the same on every retry and replay, so
 * receivers use it to drop duplicates.
 */
export function webhookIdOf(outboxId: number): string {
  return `msg_${outboxId}`;
}

/** The JSON body announcing the delivery's change (under 20 kB: see `webhookPayload`). */
export function messageBody(delivery: PendingDelivery, links: SiteLinks): string {
  return JSON.stringify(webhookPayload(publishedChangeOf(delivery), links));
}

function publishedChangeOf({ change, codeTitle, dumpAsOf }: PendingDelivery): PublishedChange {
  const detectedAt = change.detectedAt.toISOString();
  return {
    id: change.id,
    sequence: change.sequence,
    kind: change.kind,
    code: { slug: change.code, title: codeTitle },
    article: change.article && { cid: change.article.cid, num: change.article.num },
    section: change.section,
    sectionBefore: change.sectionBefore,
    before: change.before,
    after: change.after,
    effectiveDate: change.effectiveDate,
    // A run queued without its as-of day: the day of detection is the closest the facts allow.
    dumpDate: dumpAsOf ?? detectedAt.slice(0, 10),
    detectedAt,
    // The payload carries no diff: receivers fetch it from `links.diff`.
    diff: null,
    summary: change.summary,
  };
}
