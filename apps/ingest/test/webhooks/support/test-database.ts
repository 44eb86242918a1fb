import { createDatabase, type Database } from '@legifeed/db';
import { createTestStorage } from '../../support/test-storage.js';

/** A fresh PostgreSQL database for one test file; `drop` removes it (close the Database first). */
export async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const storage = await createTestStorage('postgres');
  const database = await createDatabase({ url: storage.env.DATABASE_URL! });
  return { database, drop: () => storage.destroy() };
}
