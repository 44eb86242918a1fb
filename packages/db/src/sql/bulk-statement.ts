import type { SQL } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { queryRows } from './query-rows.js';

/**
 * Runs a statement that carries a whole batch. When it fails, the error says what was being written and why,
 * with the database's error as its cause: Drizzle's own error quotes every parameter, here megabytes of rows.
 */
export async function runBulkStatement<Row = never>(
  session: DatabaseSession,
  what: string,
  query: SQL,
): Promise<Row[]> {
  try {
    return await queryRows<Row>(session, query);
  } catch (error) {
    const databaseError = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = databaseError instanceof Error ? databaseError.message : String(databaseError);
    throw new Error(`${what} failed: ${reason}`, { cause: databaseError });
  }
}
