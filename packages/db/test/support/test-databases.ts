import { createDatabase, type Database, type DatabaseKind } from '../../src/index.js';
import { createScratchStorage, type ScratchStorage } from '../../src/testing/index.js';

export const BACKENDS: readonly DatabaseKind[] = ['postgres', 'pglite'];

/** Scratch storage that tests open more than once (reopening, concurrent connections, PGlite's lock). */
export interface TestStorage extends ScratchStorage {
  open(): Promise<Database>;
}

export async function createTestStorage(kind: DatabaseKind): Promise<TestStorage> {
  const storage = await createScratchStorage(kind);
  return { ...storage, open: () => createDatabase(storage.config) };
}
