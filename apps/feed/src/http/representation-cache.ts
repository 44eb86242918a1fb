import { Injectable } from '@nestjs/common';
import { NewestChange } from './newest-change.js';
import type { Representation } from './representation.js';

interface Entry {
  /** The newest change sequence when the representation was rendered. */
  sequence: number;
  representation: Representation;
}

/** Bound on the bytes kept; the oldest renderings go first. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

/**
 * Rendered lists of changes (feeds, API pages, the home page), keyed by request URL as an HTTP cache would.
 * Changes are only ever added, so a list rendered when the newest sequence was N is still exact while it is N:
 * a repeated request or a 304 costs no list query and no rendering.
 */
@Injectable()
export class RepresentationCache {
  private readonly entries = new Map<string, Entry>();
  private readonly rendering = new Map<string, Promise<Entry>>();
  private bytes = 0;

  constructor(private readonly newest: NewestChange) {}

  async get(url: string, render: () => Promise<Representation>): Promise<Representation> {
    const sequence = await this.newest.sequence();
    const cached = this.entries.get(url);
    if (cached?.sequence === sequence) return cached.representation;
    return (await this.renderOnce(url, sequence, render)).representation;
  }

  /** The cached representation of `url` when it is known to be current without asking storage, else null. */
  peek(url: string): Representation | null {
    const cached = this.entries.get(url);
    if (cached === undefined || cached.sequence !== this.newest.sequenceIfFresh()) return null;
    return cached.representation;
  }

  /** Concurrent misses on one URL share one rendering. */
  private renderOnce(url: string, sequence: number, render: () => Promise<Representation>): Promise<Entry> {
    const flightKey = `${sequence} ${url}`;
    let flight = this.rendering.get(flightKey);
    if (flight === undefined) {
      flight = render()
        .then((representation) => this.store(url, { sequence, representation }))
        .finally(() => this.rendering.delete(flightKey));
      this.rendering.set(flightKey, flight);
    }
    return flight;
  }

  private store(url: string, entry: Entry): Entry {
    const previous = this.entries.get(url);
    if (previous !== undefined) {
      this.bytes -= previous.representation.body.length;
      this.entries.delete(url);
    }
    this.entries.set(url, entry);
    this.bytes += entry.representation.body.length;
    // Map order is insertion order: re-inserting on store keeps the oldest renderings first.
    for (const [oldestUrl, oldest] of this.entries) {
      if (this.bytes <= MAX_CACHED_BYTES) break;
      this.entries.delete(oldestUrl);
      this.bytes -= oldest.representation.body.length;
    }
    return entry;
  }
}
