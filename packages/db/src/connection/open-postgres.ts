import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { createSession, type Database } from './database.js';
import { MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER } from './migrations.js';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url });
  // An idle client losing its server must not crash the process; the next query reports the failure.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL idle client error: ${error.message}`));
  try {
    await migrateUnderLock(pool);
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot open PostgreSQL database ${redactPassword(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    ...createSession('postgres', drizzle({ client: pool })),
    embeddedLock: null,
    close: () => pool.end(),
  };
}

async function migrateUnderLock(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
