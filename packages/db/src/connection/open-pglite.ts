import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { join } from 'node:path';
import { createSession, type Database } from './database.js';
import { acquireEmbeddedLock } from './embedded-lock.js';
import { MIGRATIONS_FOLDER } from './migrations.js';

/** PGlite keeps its files in a sub-folder, so the data directory can also hold the owner's lock file. */
export function pgliteDirectory(dataDir: string): string {
  return join(dataDir, 'pglite');
}

export async function openPglite(dataDir: string): Promise<Database> {
  const lock = await acquireEmbeddedLock(dataDir);
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(pgliteDirectory(dataDir));
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const opened = client;
    return {
      ...createSession('pglite', db),
      embeddedLock: lock,
      close: async () => {
        await opened.close();
        await lock.release();
      },
    };
  } catch (error) {
    await client?.close();
    await lock.release();
    throw new Error(`Cannot open embedded database in ${dataDir}: ${(error as Error).message}`, { cause: error });
  }
}
