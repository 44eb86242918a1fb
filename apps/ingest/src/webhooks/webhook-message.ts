import type { PendingDelivery } from '@legifeed/db';
import type { SiteLinks } from '@legifeed/publish';
import { publishedChangeOf, webhookPayload } from '@legifeed/publish';

/**
 * The `webhook-id` of a delivery: one per (change, subscription), the same on every retry and replay, so
 * receivers use it to drop duplicates.
 */
export function webhookIdOf(outboxId: number): string {
  return `msg_${outboxId}`;
}

/** The JSON body announcing the delivery's change (under 20 kB: see `webhookPayload`). */
export function messageBody(delivery: PendingDelivery, links: SiteLinks): string {
  const { change, codeTitle, dumpAsOf } = delivery;
  // The payload carries no diff: receivers fetch it from `links.diff`.
  const published = publishedChangeOf(change, { code: { slug: change.code, title: codeTitle }, dumpDay: dumpAsOf, diff: null });
  return JSON.stringify(webhookPayload(published, links));
}
