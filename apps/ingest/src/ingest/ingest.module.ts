import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { INGEST_PROCESSORS } from './ingest.processors.js';
import { SourceRefreshSchedule } from './source-refresh-schedule.js';

/** The ingest jobs' processors and the schedule of configured sources. */
@Module({})
export class IngestModule {
  /** `serviceModule` provides and exports `IngestService`, with whatever it needs (repositories, storage). */
  static forRoot(serviceModule: Type | DynamicModule): DynamicModule {
    return {
      module: IngestModule,
      imports: [serviceModule],
      providers: [...INGEST_PROCESSORS, SourceRefreshSchedule],
    };
  }
}
