import { type DynamicModule, Module } from '@nestjs/common';
import type { Database } from '@legifeed/db';
import type { IngestConfig } from './config/ingest-config.js';
import { DumpIngestModule } from './ingest/dump-ingest.module.js';
import { IngestAppModule } from './ingest-app.module.js';
import { StorageModule } from './storage/storage.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { loadWebhooksConfig, type WebhooksConfig } from './webhooks/webhooks-config.js';

export interface DumpIngestAppOptions {
  config: IngestConfig;
  /** Opened by the caller (`createDatabase(databaseConfigOf(config))`); closed when the application shuts down. */
  database: Database;
  /** False when another part of the application closes the database (the feed server does). Default true. */
  closeDatabase?: boolean;
  /** See `IngestAppOptions.takeJobs`. */
  takeJobs: boolean;
  /** Webhook delivery; the `LEGIFEED_WEBHOOKS_*` variables when not given. */
  webhooks?: WebhooksConfig;
}

/** The ingest side on real storage: what `legifeed worker`, `legifeed ingest` and `legifeed serve` run. */
@Module({})
export class DumpIngestAppModule {
  static forRoot(options: DumpIngestAppOptions): DynamicModule {
    return {
      module: DumpIngestAppModule,
      imports: [
        StorageModule.forRoot(options.database, { close: options.closeDatabase ?? true }),
        IngestAppModule.forRoot({
          config: options.config,
          takeJobs: options.takeJobs,
          ingestServiceModule: DumpIngestModule,
        }),
        WebhooksModule.forRoot(options.webhooks ?? loadWebhooksConfig(process.env)),
      ],
    };
  }
}
