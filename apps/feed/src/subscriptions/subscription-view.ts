import type { WebhookSubscription } from '@legifeed/db';
import type { SubscriptionFilter } from '@legifeed/webhooks';

/** A subscription as the API shows it: never its secrets (the secret is shown once, at creation or rotation). */
export interface SubscriptionView {
  id: string;
  url: string;
  filter: SubscriptionFilter;
  status: WebhookSubscription['status'];
  disabledReason: string | null;
  failingSince: string | null;
  /** Until when the previous secret still signs, during a rotation's overlap. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function subscriptionView(subscription: WebhookSubscription, now = new Date()): SubscriptionView {
  const overlapEnds = subscription.previousSecretExpiresAt;
  return {
    id: subscription.id,
    url: subscription.url,
    filter: subscription.filter,
    status: subscription.status,
    disabledReason: subscription.disabledReason,
    failingSince: subscription.failingSince?.toISOString() ?? null,
    previousSecretExpiresAt: overlapEnds !== null && overlapEnds > now ? overlapEnds.toISOString() : null,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
  };
}
