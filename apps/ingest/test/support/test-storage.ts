import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from '@legifeed/db';

export const BACKENDS: readonly DatabaseKind[] = ['postgres', 'pglite'];

export const ADMIN_URL = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty place to store into, as the environment of a legifeed process would name it. */
export interface TestStorage {
  kind: DatabaseKind;
  /** `DATABASE_URL` or `LEGIFEED_DATA_DIR`. */
  env: Record<string, string>;
  destroy(): Promise<void>;
}

export async function createTestStorage(kind: DatabaseKind): Promise<TestStorage> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-ingest-test-'));
    return { kind, env: { LEGIFEED_DATA_DIR: dataDir }, destroy: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `legifeed_ingest_test_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { DATABASE_URL: url.toString() },
    destroy: () => admin(`drop database if exists ${name} with (force)`),
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
