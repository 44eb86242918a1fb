import { DEFAULT_DATA_DIR, type DatabaseConfig } from '../config.js';
import type { Database } from './database.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

/** Opens PostgreSQL when `url` is set, else embedded PGlite in `dataDir`, and brings its schema up to date. */
export function createDatabase(config: DatabaseConfig): Promise<Database> {
  return config.url !== undefined ? openPostgres(config.url) : openPglite(config.dataDir ?? DEFAULT_DATA_DIR);
}
