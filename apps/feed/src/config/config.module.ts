import { type DynamicModule, Module } from '@nestjs/common';
import { FEED_CONFIG, type FeedConfig } from './feed-config.js';
import { SiteAddress } from './site-address.js';

/** Holds the configuration read once at start-up (the caller loads it, so tests pass their own), global. */
@Module({})
export class FeedConfigModule {
  static forRoot(config: FeedConfig): DynamicModule {
    return {
      module: FeedConfigModule,
      global: true,
      providers: [{ provide: FEED_CONFIG, useValue: config }, SiteAddress],
      exports: [FEED_CONFIG, SiteAddress],
    };
  }
}
