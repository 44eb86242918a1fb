import { randomUUID } from 'node:crypto';
import type { WebhookSubscription } from '@legifeed/db';
import { classifyAttempt, signingSecretsAt, signMessage } from '@legifeed/webhooks';
import type { WebhookClient } from './webhook-client.js';

/** What a test event came to, for the operator who sent it. */
export interface TestEventResult {
  webhookId: string;
  delivered: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/**
 * Sends a `webhook.test` event to the subscription now, signed like any delivery (both secrets during a
 * rotation), whatever its status. Not logged and never retried: the answer goes back to the caller.
 */
export async function sendTestEvent(client: WebhookClient, subscription: WebhookSubscription): Promise<TestEventResult> {
  const webhookId = `msg_test_${randomUUID()}`;
  const sentAt = new Date();
  const body = JSON.stringify({
    type: 'webhook.test',
    timestamp: sentAt.toISOString(),
    data: { subscriptionId: subscription.id, message: 'legifeed test event: no change is announced' },
  });
  const headers = signMessage(webhookId, sentAt, body, signingSecretsAt(subscription, sentAt));
  const attempt = await client.post(subscription.url, body, { ...headers });
  const outcome = classifyAttempt(attempt);
  return {
    webhookId,
    delivered: outcome.kind === 'delivered',
    statusCode: attempt.kind === 'response' ? attempt.statusCode : null,
    latencyMs: attempt.latencyMs,
    error: outcome.kind === 'delivered' ? null : outcome.error,
  };
}
