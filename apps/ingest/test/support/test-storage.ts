import type { DatabaseKind } from '@legifeed/db';
import { createScratchStorage } from '@legifeed/db/testing';
import { databaseEnvOf } from '../../src/storage/database-config.js';

export const BACKENDS: readonly DatabaseKind[] = ['postgres', 'pglite'];

/** A fresh, empty place to store into, as the environment of a legifeed process would name it. */
export interface TestStorage {
  kind: DatabaseKind;
  /** `DATABASE_URL` or `LEGIFEED_DATA_DIR`. */
  env: Record<string, string>;
  destroy(): Promise<void>;
}

export async function createTestStorage(kind: DatabaseKind): Promise<TestStorage> {
  const storage = await createScratchStorage(kind);
  return { kind, env: databaseEnvOf(storage.config), destroy: storage.drop };
}
