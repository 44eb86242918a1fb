import { absoluteUrl } from '@legifeed/publish';
import { Injectable } from '@nestjs/common';
import { SiteAddress } from '../config/site-address.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { changesApiPath, codeFeedPath, FEED_FORMATS } from '../site-paths.js';
import { CodeCatalogRepository } from '../storage/code-catalog.repository.js';

@Injectable()
export class CodesService {
  constructor(
    private readonly codes: CodeCatalogRepository,
    private readonly links: SiteAddress,
  ) {}

  async list(): Promise<Representation> {
    const codes = await this.codes.list();
    return jsonRepresentation({
      codes: codes.map((code) => ({
        slug: code.slug,
        title: code.title,
        stateDumpDate: code.stateDumpDate,
        links: {
          changes: absoluteUrl(this.links, changesApiPath(`?code=${encodeURIComponent(code.slug)}`)),
          feeds: Object.fromEntries(FEED_FORMATS.map((format) => [format, absoluteUrl(this.links, codeFeedPath(code.slug, format))])),
        },
      })),
    });
  }
}
