import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRealDump } from '@legifeed/db/testing';
import { BACKENDS, afterFreshnessWindow, CRPA_DUMPS, startTestServer, type TestServer } from './support/test-server.js';

type Json = Record<string, any>;

const ids = (page: Json): string[] => page.changes.map((change: Json) => change.id);
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

describe.each(BACKENDS)('cursor pagination on %s', (backend) => {
  let server: TestServer;
  const pages: Json[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend);
    let page: Json = await server.json('/api/changes?limit=10');
    pages.push(page);
    while (page.links.next !== null) {
      page = await server.json(pathOf(page.links.next));
      pages.push(page);
    }
  });
  afterAll(() => server?.close());

  it('walks every change once, in pages of `limit`, newest first', () => {
    const recorded = server.seeded.flatMap((dump) => dump.changes).sort((a, b) => b.sequence - a.sequence);
    expect(pages.map((page) => page.changes.length)).toEqual([10, 10, 10, recorded.length - 30]);
    expect(pages.flatMap(ids)).toEqual(recorded.map((change) => change.id));
    expect(pages[0]!.links.previous).toBeNull();
    expect(pages.at(-1)!.links.next).toBeNull();
  });

  it('keeps every page the same while new changes arrive, and the poll cursor gives exactly those', async () => {
    const { changes: arrived } = await recordRealDump(server.storage.database, `${CRPA_DUMPS}crpa-2023-08-16T0328.jsonl.gz`);
    expect(arrived.length).toBeGreaterThan(0);
    await afterFreshnessWindow();

    for (const page of pages.slice(1)) expect(ids(await server.json(pathOf(page.links.self)))).toEqual(ids(page));
    const first = await server.json('/api/changes?limit=10');
    const newestFirst = [...arrived].sort((a, b) => b.sequence - a.sequence).map((change) => change.id);
    expect(ids(first).slice(0, arrived.length)).toEqual(newestFirst.slice(0, 10));
    const polled = await server.json(pathOf(pages[0]!.links.poll));
    expect(ids(polled)).toEqual(newestFirst.slice(-10));
  });

  it('leads back from a page to the newer one before it', async () => {
    const back = await server.json(pathOf(pages[1]!.links.previous));
    expect(ids(back)).toEqual(ids(pages[0]!));
    expect(ids(await server.json(pathOf(back.links.next)))).toEqual(ids(pages[1]!));
  });
});
