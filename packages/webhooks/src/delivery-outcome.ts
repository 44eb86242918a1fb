/** What one HTTP attempt came to, as the client saw it. */
export type AttemptResult =
  | { kind: 'response'; statusCode: number; retryAfterMs: number | null; latencyMs: number }
  /** No response: refused by the address policy, timed out, or the connection failed. */
  | { kind: 'no-response'; reason: 'refused' | 'timeout' | 'network'; error: string; latencyMs: number };

/**
 * What to do with the delivery after an attempt: done, try again later (`retryAfterMs` from the receiver when
 * it said), or stop delivering to this subscription at all (410 Gone).
 */
export type DeliveryOutcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; error: string; retryAfterMs: number | null }
  | { kind: 'gone'; error: string };

/**
 * 2xx is success; anything else is a failure to retry, except 410, which means the receiver is gone for good.
 * Redirects are not followed: the subscription's URL is the one the owner registered and the address policy
 * checked, so a 3xx is a failure that names where it pointed.
 */
export function classifyAttempt(result: AttemptResult): DeliveryOutcome {
  if (result.kind === 'no-response') return { kind: 'retry', error: result.error, retryAfterMs: null };
  const { statusCode } = result;
  if (statusCode >= 200 && statusCode < 300) return { kind: 'delivered' };
  if (statusCode === 410) return { kind: 'gone', error: 'receiver answered 410 Gone' };
  const error =
    statusCode >= 300 && statusCode < 400
      ? `receiver answered ${statusCode} (a redirect, not followed)`
      : `receiver answered ${statusCode}`;
  return { kind: 'retry', error, retryAfterMs: result.retryAfterMs };
}
