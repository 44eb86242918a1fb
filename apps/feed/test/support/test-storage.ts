import { createDatabase, type Database, type DatabaseConfig, type DatabaseKind } from '@legifeed/db';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const BACKENDS: readonly DatabaseKind[] = ['pglite', 'postgres'];

const ADMIN_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty, migrated database: its own PostgreSQL database, or its own PGlite directory. */
export interface TestStorage {
  config: DatabaseConfig;
  database: Database;
  /** Closes the database and deletes it. */
  destroy(): Promise<void>;
}

export async function openTestStorage(kind: DatabaseKind): Promise<TestStorage> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-feed-test-'));
    const database = await createDatabase({ dataDir });
    return {
      config: { dataDir },
      database,
      destroy: async () => {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `legifeed_feed_test_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await createDatabase({ url: url.toString() });
  return {
    config: { url: url.toString() },
    database,
    destroy: async () => {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
