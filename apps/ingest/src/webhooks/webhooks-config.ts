import {
  DEFAULT_RETRY_POLICY,
  DEFAULT_ROTATION_OVERLAP_MS,
  parseRetrySchedule,
  type RetryPolicy,
} from '@legifeed/webhooks';
import { envReader, type Env } from '../config/env-reader.js';

/** How webhooks are delivered, read once at start-up (by the worker, and by the API for test events). */
export interface WebhooksConfig {
  /** `LEGIFEED_WEBHOOKS_ALLOW_PRIVATE=1`: deliver to loopback and private addresses, over http too. */
  allowPrivate: boolean;
  retry: RetryPolicy;
  /** No response within this is a failed attempt. */
  timeoutMs: number;
  /** A subscription whose deliveries have failed for this long is disabled. */
  disableAfterMs: number;
  /** Deliveries per second, per worker process, across subscriptions. */
  ratePerSecond: number;
  /** How often due deliveries are looked for (retries, and anything an interrupted process left). */
  sweepIntervalMs: number;
  /** How long the previous secret keeps signing after a rotation, unless the request says otherwise. */
  rotationOverlapMs: number;
  /** Where the site is served, for the links in payloads. */
  publicBaseUrl: string;
}

const FIVE_DAYS_MS = 5 * 24 * 60 * 60 * 1_000;

export const DEFAULT_WEBHOOKS_CONFIG: WebhooksConfig = {
  allowPrivate: false,
  retry: DEFAULT_RETRY_POLICY,
  timeoutMs: 15_000,
  disableAfterMs: FIVE_DAYS_MS,
  ratePerSecond: 2_000,
  sweepIntervalMs: 2_000,
  rotationOverlapMs: DEFAULT_ROTATION_OVERLAP_MS,
  publicBaseUrl: 'http://localhost:3000',
};

export class WebhooksConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid webhook configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WebhooksConfigError';
  }
}

/** Reads the `LEGIFEED_WEBHOOKS_*` variables (and `LEGIFEED_BASE_URL`, as the feed app reads it), naming every wrong one. */
export function loadWebhooksConfig(env: Env): WebhooksConfig {
  const problems: string[] = [];
  const read = envReader(env, problems);
  const defaults = DEFAULT_WEBHOOKS_CONFIG;
  const config: WebhooksConfig = {
    allowPrivate: read('LEGIFEED_WEBHOOKS_ALLOW_PRIVATE', false, flag),
    retry: {
      ...defaults.retry,
      scheduleMs: read('LEGIFEED_WEBHOOKS_RETRY_SCHEDULE', defaults.retry.scheduleMs, parseRetrySchedule),
    },
    timeoutMs: read('LEGIFEED_WEBHOOKS_TIMEOUT_MS', defaults.timeoutMs, wholeNumber(1)),
    disableAfterMs: read('LEGIFEED_WEBHOOKS_DISABLE_AFTER_MS', defaults.disableAfterMs, wholeNumber(1)),
    ratePerSecond: read('LEGIFEED_WEBHOOKS_RATE_LIMIT', defaults.ratePerSecond, wholeNumber(1)),
    sweepIntervalMs: read('LEGIFEED_WEBHOOKS_SWEEP_MS', defaults.sweepIntervalMs, wholeNumber(10)),
    rotationOverlapMs: read('LEGIFEED_WEBHOOKS_ROTATION_OVERLAP_MS', defaults.rotationOverlapMs, wholeNumber(0)),
    publicBaseUrl: read('LEGIFEED_BASE_URL', defaults.publicBaseUrl, httpUrl),
  };
  if (problems.length > 0) throw new WebhooksConfigError(problems);
  return config;
}

function flag(raw: string): boolean {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(`must be 1 or 0, got "${raw}"`);
}

function wholeNumber(min: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`must be a whole number ≥ ${min}, got "${raw}"`);
    return value;
  };
}

function httpUrl(raw: string): string {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (url === null || !['http:', 'https:'].includes(url.protocol)) throw new Error(`not an http(s) URL: "${raw}"`);
  return raw;
}
