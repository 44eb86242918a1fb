import { type DynamicModule, Module } from '@nestjs/common';
import type { IngestConfig } from './ingest-config.js';

/** Injection token of the validated `IngestConfig`. */
export const INGEST_CONFIG = Symbol('IngestConfig');

/** Holds the configuration read once at start-up; the caller loads it, so tests pass their own. */
@Module({})
export class ConfigModule {
  static forRoot(config: IngestConfig): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: INGEST_CONFIG, useValue: config }],
      exports: [INGEST_CONFIG],
    };
  }
}
