import { Webhook } from 'standardwebhooks';

/** The three Standard Webhooks headers of one delivery attempt. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Signs `body` for one attempt with each secret (current first), as the `standardwebhooks` package does:
 * HMAC-SHA256 over `id.timestamp.body`. Several secrets give several space-separated `v1,<signature>`
 * entries, any of which a receiver may verify: that is how a rotation keeps both old and new receivers working.
 * The timestamp is the attempt's, not the event's: receivers reject signatures older than five minutes.
 */
export function signMessage(id: string, attemptedAt: Date, body: string, secrets: readonly string[]): WebhookHeaders {
  if (secrets.length === 0) throw new Error(`no secret to sign webhook ${id} with`);
  const signatures = secrets.map((secret) => new Webhook(secret).sign(id, attemptedAt, body));
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(attemptedAt.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
