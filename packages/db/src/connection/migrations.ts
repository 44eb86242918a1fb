import { fileURLToPath } from 'node:url';

/** The SQL migrations drizzle-kit generated from src/schema; the same files run on PostgreSQL and PGlite. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Held while migrating, so that processes opening one PostgreSQL database together migrate one at a time. */
export const MIGRATION_LOCK_KEY = 0x6c656769; // "legi"
