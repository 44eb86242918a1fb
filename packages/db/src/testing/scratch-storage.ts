import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase } from '../connection/create-database.js';
import type { Database, DatabaseKind } from '../connection/database.js';

/** The PostgreSQL server tests and benchmarks create their scratch databases on (`DATABASE_TEST_URL`). */
export const TEST_ADMIN_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Empty storage of one kind for one test file or benchmark case; `drop` deletes it (close its Database first). */
export interface ScratchStorage {
  kind: DatabaseKind;
  config: { url: string } | { dataDir: string };
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database on the server `adminUrl` reaches. */
export async function createScratchPostgresDatabase(adminUrl = TEST_ADMIN_URL): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `legifeed_scratch_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runAdminStatement(adminUrl, `drop database if exists ${name} with (force)`) };
}

/** A fresh, empty directory for a PGlite database. */
export async function createScratchPgliteDirectory(): Promise<{ dataDir: string; drop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-scratch-'));
  return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

export async function createScratchStorage(kind: DatabaseKind, adminUrl = TEST_ADMIN_URL): Promise<ScratchStorage> {
  if (kind === 'pglite') {
    const { dataDir, drop } = await createScratchPgliteDirectory();
    return { kind, config: { dataDir }, drop };
  }
  const { url, drop } = await createScratchPostgresDatabase(adminUrl);
  return { kind, config: { url }, drop };
}

/** A migrated database on scratch storage; `close` closes it and deletes it. */
export interface ScratchDatabase {
  storage: ScratchStorage;
  database: Database;
  close(): Promise<void>;
}

export async function openScratchDatabase(kind: DatabaseKind, adminUrl = TEST_ADMIN_URL): Promise<ScratchDatabase> {
  const storage = await createScratchStorage(kind, adminUrl);
  const database = await createDatabase(storage.config);
  return {
    storage,
    database,
    close: async () => {
      await database.close();
      await storage.drop();
    },
  };
}

async function runAdminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
