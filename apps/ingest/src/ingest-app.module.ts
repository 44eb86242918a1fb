import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { ConfigModule } from './config/config.module.js';
import type { IngestConfig } from './config/ingest-config.js';
import { IngestModule } from './ingest/ingest.module.js';
import { QueueModule } from './queue/queue.module.js';

export interface IngestAppOptions {
  config: IngestConfig;
  /** See `QueueModuleOptions.takeJobs`: true for `legifeed worker`, false for a process that only enqueues. */
  takeJobs: boolean;
  /** Provides and exports `IngestService`. */
  ingestServiceModule: Type | DynamicModule;
}

/** The ingest side as one module: configuration, queue, job handlers. */
@Module({})
export class IngestAppModule {
  static forRoot(options: IngestAppOptions): DynamicModule {
    return {
      module: IngestAppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        QueueModule.forRoot({ takeJobs: options.takeJobs }),
        IngestModule.forRoot(options.ingestServiceModule),
      ],
    };
  }
}
