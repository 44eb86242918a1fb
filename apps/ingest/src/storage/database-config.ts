import type { DatabaseConfig } from '@legifeed/db';
import type { IngestConfig } from '../config/ingest-config.js';

/** Where the validated configuration says storage is: PostgreSQL when `DATABASE_URL` is set, else PGlite. */
export function databaseConfigOf(config: IngestConfig): DatabaseConfig {
  return config.databaseUrl === null ? { dataDir: config.dataDir } : { url: config.databaseUrl, dataDir: config.dataDir };
}

/** The environment that names this storage to another legifeed process (the inverse of `loadConfig`'s reading). */
export function databaseEnvOf(config: { url: string } | { dataDir: string }): Record<string, string> {
  return 'url' in config ? { DATABASE_URL: config.url } : { LEGIFEED_DATA_DIR: config.dataDir };
}
