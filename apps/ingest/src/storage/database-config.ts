import type { DatabaseConfig } from '@legifeed/db';
import type { IngestConfig } from '../config/ingest-config.js';

/** Where the validated configuration says storage is: PostgreSQL when `DATABASE_URL` is set, else PGlite. */
export function databaseConfigOf(config: IngestConfig): DatabaseConfig {
  return config.databaseUrl === null ? { dataDir: config.dataDir } : { url: config.databaseUrl, dataDir: config.dataDir };
}
