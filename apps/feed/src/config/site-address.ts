import type { SiteLinks } from '@legifeed/publish';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FEED_CONFIG, type FeedConfig } from './feed-config.js';

/** Where the site is reached, for absolute links: the configured base URL, else the port the server listens on. */
@Injectable()
export class SiteAddress implements SiteLinks {
  constructor(
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  get baseUrl(): string {
    if (this.config.baseUrl !== null) return this.config.baseUrl;
    // Read when a link is built, so that port 0 (any free port) gives the port actually taken.
    const address = this.adapterHost.httpAdapter?.getHttpServer()?.address();
    const port = typeof address === 'object' && address !== null ? address.port : this.config.port;
    return `http://localhost:${port}`;
  }
}
