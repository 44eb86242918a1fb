import type { SQL } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';

/**
 * Runs raw SQL and returns its rows. node-postgres and PGlite both answer with `{ rows }`; Drizzle types the
 * result per driver, which the driver-neutral session cannot name.
 */
export async function queryRows<Row>(session: DatabaseSession, query: SQL): Promise<Row[]> {
  const result = (await session.db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
