import type { PublishedChange } from '@legifeed/publish';
import { Injectable } from '@nestjs/common';
import type { ChangeQuery } from '../query/change-query.js';
import type { ChangeCursor } from '../query/cursor.js';
import { PublishedChangeRepository } from '../storage/published-change.repository.js';
import { ChangeFilterResolver } from './change-filter.resolver.js';

/** One page of a filtered list of changes, newest first, with where to go from it. */
export interface ChangeListing {
  changes: PublishedChange[];
  /** Older changes, or null when this page holds the oldest. */
  next: ChangeCursor | null;
  /** Newer changes, or null on the first page or when none are newer yet. */
  previous: ChangeCursor | null;
  /** The changes recorded after every one listed here: what a client polling for news asks for next. */
  poll: ChangeCursor;
}

@Injectable()
export class ChangeListingService {
  constructor(
    private readonly resolver: ChangeFilterResolver,
    private readonly changes: PublishedChangeRepository,
  ) {}

  async list(query: ChangeQuery): Promise<ChangeListing> {
    const filter = await this.resolver.filterOf(query);
    const cursor = query.cursor;
    if (cursor?.direction === 'newer') {
      // Storage gives the changes just above the cursor oldest first; pages always read newest first.
      const page = await this.changes.list({ ...filter, after: cursor.sequence });
      const changes = page.changes.reverse();
      const newest = changes[0]?.sequence ?? cursor.sequence;
      const oldest = changes.at(-1)?.sequence ?? cursor.sequence + 1;
      return {
        changes,
        next: { direction: 'older', sequence: oldest },
        previous: page.nextCursor === null ? null : { direction: 'newer', sequence: newest },
        poll: { direction: 'newer', sequence: newest },
      };
    }
    const page = await this.changes.list(cursor === null ? filter : { ...filter, before: cursor.sequence });
    // Everything at or above the cursor is newer than this page.
    const newest = page.changes[0]?.sequence ?? (cursor === null ? 0 : cursor.sequence - 1);
    return {
      changes: page.changes,
      next: page.nextCursor === null ? null : { direction: 'older', sequence: page.nextCursor },
      previous: cursor === null ? null : { direction: 'newer', sequence: newest },
      poll: { direction: 'newer', sequence: newest },
    };
  }
}
