import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type Database, type DatabaseKind } from '../../src/index.js';

export const BACKENDS: readonly DatabaseKind[] = ['postgres', 'pglite'];

const ADMIN_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Where a test database lives: a fresh PostgreSQL database, or a fresh PGlite data directory. */
export interface TestStorage {
  kind: DatabaseKind;
  config: { url: string } | { dataDir: string };
  open(): Promise<Database>;
  destroy(): Promise<void>;
}

export async function createTestStorage(kind: DatabaseKind): Promise<TestStorage> {
  return kind === 'postgres' ? createPostgresStorage() : createPgliteStorage();
}

async function createPostgresStorage(): Promise<TestStorage> {
  const name = `legifeed_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const config = { url: url.toString() };
  return {
    kind: 'postgres',
    config,
    open: () => createDatabase(config),
    destroy: async () => {
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function createPgliteStorage(): Promise<TestStorage> {
  const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-db-test-'));
  const config = { dataDir };
  return {
    kind: 'pglite',
    config,
    open: () => createDatabase(config),
    destroy: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Opens a fresh database of `kind` for a test file; `close` closes and destroys it. */
export async function openTestDatabase(kind: DatabaseKind): Promise<{ database: Database; close(): Promise<void> }> {
  const storage = await createTestStorage(kind);
  const database = await storage.open();
  return {
    database,
    close: async () => {
      await database.close();
      await storage.destroy();
    },
  };
}
