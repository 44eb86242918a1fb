import { absoluteUrl, latestDetectedAt } from '@legifeed/publish';
import { Injectable, NotFoundException } from '@nestjs/common';
import { SiteAddress } from '../config/site-address.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { changeQueryString, filtersEcho, type ChangeQuery } from '../query/change-query.js';
import { encodeCursor, type ChangeCursor } from '../query/cursor.js';
import { changesApiPath, changesFeedPath, FEED_FORMATS } from '../site-paths.js';
import { PublishedChangeRepository } from '../storage/published-change.repository.js';
import { changeDetailJson, changeJson } from './change-json.js';
import { ChangeListingService } from './change-listing.service.js';

/** `GET /api/changes` and `GET /api/changes/:id`. */
@Injectable()
export class ChangesService {
  constructor(
    private readonly listing: ChangeListingService,
    private readonly changes: PublishedChangeRepository,
    private readonly links: SiteAddress,
  ) {}

  async list(query: ChangeQuery): Promise<Representation> {
    const urlOf = (cursor: ChangeCursor | null) =>
      absoluteUrl(this.links, changesApiPath(changeQueryString(query, { cursor })));
    const listing = await this.listing.list(query);
    const filterQuery = changeQueryString(query);
    const detected = latestDetectedAt(listing.changes);
    return jsonRepresentation(
      {
        filters: filtersEcho(query),
        changes: listing.changes.map((change) => changeJson(change, this.links)),
        cursors: {
          next: listing.next && encodeCursor(listing.next),
          previous: listing.previous && encodeCursor(listing.previous),
          poll: encodeCursor(listing.poll),
        },
        links: {
          self: urlOf(query.cursor),
          next: listing.next && urlOf(listing.next),
          previous: listing.previous && urlOf(listing.previous),
          poll: urlOf(listing.poll),
          feeds: Object.fromEntries(
            FEED_FORMATS.map((format) => [format, absoluteUrl(this.links, changesFeedPath(format, filterQuery))]),
          ),
        },
      },
      { lastModified: detected === null ? null : new Date(detected) },
    );
  }

  async get(id: string): Promise<Representation> {
    const change = await this.changes.get(id);
    if (change === null) throw new NotFoundException(`no change has the id "${id}"`);
    return jsonRepresentation(changeDetailJson(change, this.links), { lastModified: new Date(change.detectedAt) });
  }
}
