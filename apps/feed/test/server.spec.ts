import { createDatabase, readEmbeddedOwner, type Database } from '@legifeed/db';
import { Controller, Get, Inject, Module } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE, startFeedServer, type FeedConfig } from '../src/index.js';
import { TEST_FRESHNESS_MS } from './support/test-server.js';

function configFor(dataDir: string): FeedConfig {
  return { port: 0, baseUrl: null, database: { dataDir }, freshnessMs: TEST_FRESHNESS_MS };
}

describe('startFeedServer', () => {
  it('opens embedded storage, tells the data directory its port, serves, and closes it all', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-feed-serve-'));
    try {
      const server = await startFeedServer({ config: configFor(dataDir), logger: false });
      try {
        expect(await readEmbeddedOwner(dataDir)).toMatchObject({ pid: process.pid, httpPort: server.port });
        expect(await (await fetch(`${server.url}/api/codes`)).json()).toEqual({ codes: [] });
        const feed = JSON.parse(await (await fetch(`${server.url}/feeds/changes.json`)).text());
        expect(feed.feed_url).toBe(`${server.url}/feeds/changes.json`);
        expect(feed.items).toEqual([]);
        expect(await (await fetch(`${server.url}/`)).text()).toContain('Aucune modification ne correspond à ces filtres.');
      } finally {
        await server.close();
      }
      // The app opened the database, so it closed it: the data directory is free again.
      expect(await readEmbeddedOwner(dataDir)).toBeNull();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('serves the modules mounted beside it, which share the database, and closes a given database too', async () => {
    @Controller('api/extra')
    class ExtraController {
      constructor(@Inject(DATABASE) private readonly database: Database) {}

      @Get()
      kind() {
        return { kind: this.database.kind };
      }
    }
    @Module({ controllers: [ExtraController] })
    class ExtraModule {}

    const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-feed-serve-'));
    try {
      const database = await createDatabase({ dataDir });
      const server = await startFeedServer({ config: configFor('unused'), database, extraModules: [ExtraModule], logger: false });
      const response = await fetch(`${server.url}/api/extra`);
      expect(await response.json()).toEqual({ kind: 'pglite' });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      await server.close();
      expect(await readEmbeddedOwner(dataDir)).toBeNull();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
