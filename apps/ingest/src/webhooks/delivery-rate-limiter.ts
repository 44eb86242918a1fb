import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket: at most `perSecond` deliveries a second from this process, with bursts up to one second's
 * worth. It protects the worker (sockets, CPU, the database writes that follow each batch), whichever queue
 * adapter runs the jobs.
 */
export class DeliveryRateLimiter {
  private tokens: number;
  private refilledAt = performance.now();

  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }

  /** Resolves when a delivery may start; rejects if `signal` aborts first. */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.refilledAt) * this.perSecond) / 1_000);
      this.refilledAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - this.tokens) * 1_000) / this.perSecond), undefined, { signal });
    }
  }
}
