import { loadWebhooksConfig, type WebhooksConfig } from '@legifeed/ingest';

/** What the subscription API needs, read once at start-up. */
export interface SubscriptionsConfig {
  /** `LEGIFEED_ADMIN_TOKEN`; null refuses every request. */
  adminToken: string | null;
  /** Which URLs are allowed, the test event's client, the default rotation overlap. */
  webhooks: WebhooksConfig;
}

/** Injection token of the `SubscriptionsConfig`. */
export const SUBSCRIPTIONS_CONFIG = Symbol('SubscriptionsConfig');

const MIN_ADMIN_TOKEN_LENGTH = 16;

type Env = Readonly<Record<string, string | undefined>>;

export function loadSubscriptionsConfig(env: Env = process.env): SubscriptionsConfig {
  const adminToken = env.LEGIFEED_ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(`Invalid configuration:\n  - LEGIFEED_ADMIN_TOKEN: must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters`);
  }
  return { adminToken, webhooks: loadWebhooksConfig(env) };
}
