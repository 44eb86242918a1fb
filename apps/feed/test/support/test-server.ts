import type { DatabaseKind, RecordedDump } from '@legifeed/db';
import { openScratchDatabase, type ScratchDatabase } from '@legifeed/db/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createFeedApp } from '../../src/bootstrap.js';
import { ingestRealDumps } from '../../src/seed/ingest-real-dump.js';

/** The shared real CRPA snapshots (apps/feed/test/support → ../../../../../shared/dumps/crpa). */
export const CRPA_DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/crpa/', import.meta.url));
export const CRPA = 'code-des-relations-entre-le-public-et-l-administration';

export const BACKENDS: readonly DatabaseKind[] = ['pglite', 'postgres'];

/** Short, so that tests see new changes soon after recording them. */
export const TEST_FRESHNESS_MS = 50;

export interface TestServer {
  url: string;
  storage: ScratchDatabase;
  app: NestExpressApplication;
  /** What seeding recorded, dump by dump. */
  seeded: RecordedDump[];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** GET, expecting a 2xx JSON body. */
  json<T = any>(path: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The app over real HTTP on a fresh database filled by the real pipeline (parser → diff → db) with the changes of
 * five successive CRPA snapshots.
 */
export async function startTestServer(kind: DatabaseKind): Promise<TestServer> {
  const storage = await openScratchDatabase(kind);
  const seeded = await ingestRealDumps(storage.database, CRPA_DUMPS);
  const app = await createFeedApp({
    config: { port: 0, baseUrl: null, database: storage.storage.config, freshnessMs: TEST_FRESHNESS_MS },
    database: storage.database,
    logger: false,
  });
  await app.listen(0);
  const url = `http://localhost:${(app.getHttpServer().address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers });
  return {
    url,
    storage,
    app,
    seeded,
    get,
    json: async (path) => {
      const response = await get(path);
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    close: async () => {
      await app.close();
      await storage.close();
    },
  };
}

/** Waits out the freshness window, after which lists show what was just recorded. */
export function afterFreshnessWindow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, TEST_FRESHNESS_MS * 3));
}
