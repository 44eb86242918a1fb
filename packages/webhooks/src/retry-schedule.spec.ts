import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  DEFAULT_RETRY_SCHEDULE_MS,
  JITTER,
  parseRetryAfter,
  parseRetrySchedule,
  retryDelayMs,
} from './retry-schedule.js';

describe('retryDelayMs', () => {
  it('follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h within ±20 %, then gives up', () => {
    expect(DEFAULT_RETRY_SCHEDULE_MS).toEqual([5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 36e6]);
    for (const [index, step] of DEFAULT_RETRY_SCHEDULE_MS.entries()) {
      expect(retryDelayMs(DEFAULT_RETRY_POLICY, index + 1, null, () => 0)).toBe(step * (1 - JITTER));
      expect(retryDelayMs(DEFAULT_RETRY_POLICY, index + 1, null, () => 0.5)).toBe(step);
      expect(retryDelayMs(DEFAULT_RETRY_POLICY, index + 1, null, () => 0.999_999)).toBeCloseTo(step * (1 + JITTER), -2);
    }
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 8, null)).toBeNull();
  });

  it('spreads retries of the same step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(DEFAULT_RETRY_POLICY, 2, null)));
    expect(delays.size).toBeGreaterThan(40);
  });

  it("waits as long as the receiver's Retry-After says, up to the cap", () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 120_000)).toBe(120_000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 3, 1_000)).toBe(1_000);
    expect(retryDelayMs({ scheduleMs: [10], maxRetryAfterMs: 60_000 }, 1, 3_600_000)).toBe(60_000);
    // The schedule still bounds the number of attempts.
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 8, 1_000)).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2024-07-27T15:14:00Z');

  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sat, 27 Jul 2024 15:16:30 GMT', now)).toBe(150_000);
    expect(parseRetryAfter('Sat, 27 Jul 2024 15:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read, so the schedule applies', () => {
    for (const value of [undefined, null, '', 'soon', '-5', '1.5']) expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe('parseRetrySchedule', () => {
  it('reads durations with units', () => {
    expect(parseRetrySchedule('5s,5m,30m,2h,5h,10h,10h')).toEqual(DEFAULT_RETRY_SCHEDULE_MS);
    expect(parseRetrySchedule('50ms, 50ms')).toEqual([50, 50]);
  });

  it('names the step it cannot read', () => {
    expect(() => parseRetrySchedule('5s,5 minutes')).toThrow('"5 minutes" is not a duration like 50ms, 5s, 5m or 2h');
  });
});
