import { describe, expect, it } from 'vitest';
import { classifyAttempt } from './delivery-outcome.js';

const response = (statusCode: number, retryAfterMs: number | null = null) =>
  classifyAttempt({ kind: 'response', statusCode, retryAfterMs, latencyMs: 3 });

describe('classifyAttempt', () => {
  it('counts every 2xx as delivered', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(response(status)).toEqual({ kind: 'delivered' });
  });

  it('retries other statuses, redirects included, keeping the Retry-After of a 429', () => {
    expect(response(500)).toEqual({ kind: 'retry', error: 'receiver answered 500', retryAfterMs: null });
    expect(response(429, 30_000)).toEqual({ kind: 'retry', error: 'receiver answered 429', retryAfterMs: 30_000 });
    expect(response(301)).toEqual({
      kind: 'retry',
      error: 'receiver answered 301 (a redirect, not followed)',
      retryAfterMs: null,
    });
    expect(response(404)).toMatchObject({ kind: 'retry' });
  });

  it('stops at 410 Gone', () => {
    expect(response(410)).toEqual({ kind: 'gone', error: 'receiver answered 410 Gone' });
  });

  it('retries when there was no response', () => {
    const timeout = { kind: 'no-response', reason: 'timeout', error: 'no response within 15000 ms', latencyMs: 15_000 } as const;
    expect(classifyAttempt(timeout)).toEqual({ kind: 'retry', error: 'no response within 15000 ms', retryAfterMs: null });
  });
});
