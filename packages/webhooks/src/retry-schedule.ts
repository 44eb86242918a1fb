/**
 * When a failed delivery is tried again. The delays follow the schedule (one step per failed attempt), each
 * moved by up to ±JITTER of itself so that receivers coming back are not hit by every subscriber at once. A
 * `Retry-After` from the receiver replaces the step, within `maxRetryAfterMs`.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: about 28 hours from the first attempt to the last. */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** A receiver asking for more than this is tried again after this. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 10 * HOUR;

/** Each delay is drawn uniformly within ±20 % of its step. */
export const JITTER = 0.2;

export interface RetryPolicy {
  /** Delay after the 1st failed attempt, the 2nd… Once past its end the delivery fails for good. */
  scheduleMs: readonly number[];
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  scheduleMs: DEFAULT_RETRY_SCHEDULE_MS,
  maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS,
};

/**
 * How long to wait before the next attempt after `failedAttempts` failures (1 after the first), or null when the
 * schedule is exhausted. `random` is in [0, 1), like Math.random.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failedAttempts: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  const step = policy.scheduleMs[failedAttempts - 1];
  if (step === undefined) return null;
  if (retryAfterMs !== null) return Math.min(Math.max(retryAfterMs, 0), policy.maxRetryAfterMs);
  return Math.round(step * (1 - JITTER + 2 * JITTER * random()));
}

/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). Null when absent or not
 * understood, so the schedule applies.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * SECOND;
  // An HTTP date names its day and month in letters; Date.parse alone would take "1.5" for a date.
  const date = /[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}

/** Parses a schedule given as comma-separated durations with units: "5s,5m,30m,2h,5h,10h,10h" or "50ms,50ms". */
export function parseRetrySchedule(text: string): number[] {
  const units: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR };
  return text.split(',').map((part) => {
    const match = /^\s*(\d+)\s*(ms|s|m|h)\s*$/.exec(part);
    if (match === null) throw new Error(`"${part.trim()}" is not a duration like 50ms, 5s, 5m or 2h`);
    return Number(match[1]) * units[match[2]!]!;
  });
}
