import { Inject, Injectable } from '@nestjs/common';
import { FEED_CONFIG, type FeedConfig } from '../config/feed-config.js';
import { PublishedChangeRepository } from '../storage/published-change.repository.js';

/**
 * The newest change sequence, asked of storage at most once per `freshnessMs`: every rendered list depends on it
 * (changes are only ever added), so it decides whether a cached rendering is still exact. Within the window a
 * cached list may miss a change recorded a moment ago; the next check shows it, and no cursor skips it, since
 * changes commit in sequence order.
 */
@Injectable()
export class NewestChange {
  private known: { sequence: number; checkedAt: number } | null = null;
  private checking: Promise<number> | null = null;
  private readonly freshnessMs: number;

  constructor(
    private readonly changes: PublishedChangeRepository,
    @Inject(FEED_CONFIG) config: FeedConfig,
  ) {
    this.freshnessMs = config.freshnessMs;
  }

  /** The sequence if checked within the window, else null: for answers that must not wait for storage. */
  sequenceIfFresh(): number | null {
    const known = this.known;
    return known !== null && performance.now() - known.checkedAt < this.freshnessMs ? known.sequence : null;
  }

  /** The sequence, checked again once the window has passed; concurrent callers share one check. */
  async sequence(): Promise<number> {
    const fresh = this.sequenceIfFresh();
    if (fresh !== null) return fresh;
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async check(): Promise<number> {
    const checkedAt = performance.now();
    const sequence = await this.changes.newestSequence();
    this.known = { sequence, checkedAt };
    return sequence;
  }
}
