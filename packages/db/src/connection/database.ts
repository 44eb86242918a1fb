import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { EmbeddedLock } from './embedded-lock.js';

export type DatabaseKind = 'postgres' | 'pglite';

/** The Drizzle query builder, on a pool, a PGlite instance or an open transaction. */
export type Drizzle = PgDatabase<PgQueryResultHKT>;

/** What repositories work on: the database itself, or one open transaction of it. */
export interface DatabaseSession {
  readonly kind: DatabaseKind;
  readonly db: Drizzle;
  /**
   * Runs `work` in a transaction (a savepoint when already in one): commits when it resolves, rolls back when it
   * throws. On PGlite, use only the session given to `work` inside it: the database waits for the transaction.
   */
  transaction<T>(work: (session: DatabaseSession) => Promise<T>): Promise<T>;
}

export interface Database extends DatabaseSession {
  /** Embedded storage only: the lock that makes this process the data directory's single owner. */
  readonly embeddedLock: EmbeddedLock | null;
  close(): Promise<void>;
}

export function createSession(kind: DatabaseKind, db: Drizzle): DatabaseSession {
  return {
    kind,
    db,
    transaction: (work) => db.transaction((tx) => work(createSession(kind, tx))),
  };
}
