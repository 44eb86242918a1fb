import type { Database } from '@legifeed/db';
import { openScratchDatabase } from '@legifeed/db/testing';

/** A fresh PostgreSQL database for one test file; `drop` removes it (close the Database first). */
export async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const { database, storage } = await openScratchDatabase('postgres');
  return { database, drop: storage.drop };
}
