import type { Database } from '@legifeed/db';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ArticlesModule } from './articles/articles.module.js';
import { ChangesModule } from './changes/changes.module.js';
import { CodesModule } from './codes/codes.module.js';
import { FeedConfigModule } from './config/config.module.js';
import type { FeedConfig } from './config/feed-config.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { JsonErrorFilter } from './http/json-error.filter.js';
import { PagesModule } from './pages/pages.module.js';
import { DatabaseModule } from './storage/database.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';

export interface FeedAppModuleOptions {
  config: FeedConfig;
  /** A database the caller opened; without it the app opens `config.database`. */
  database?: Database;
  /** Close the database on shutdown. Default: only when the app opened it. */
  closeDatabase?: boolean;
  /** Modules served beside the publishing side (the ingest HTTP module); they can inject `DATABASE` and `FEED_CONFIG`. */
  extraModules?: readonly (Type | DynamicModule)[];
}

/** The publishing side: JSON API, feeds and pages over the recorded changes. */
@Module({})
export class FeedAppModule {
  static forRoot(options: FeedAppModuleOptions): DynamicModule {
    return {
      module: FeedAppModule,
      imports: [
        FeedConfigModule.forRoot(options.config),
        DatabaseModule.forRoot(
          options.database === undefined ? { config: options.config.database } : { database: options.database },
          options.closeDatabase ?? options.database === undefined,
        ),
        ChangesModule,
        ArticlesModule,
        CodesModule,
        FeedsModule,
        PagesModule,
        SubscriptionsModule.forRoot(),
        ...(options.extraModules ?? []),
      ],
      providers: [{ provide: APP_FILTER, useClass: JsonErrorFilter }],
    };
  }
}
