import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installCacheLane } from './cache-lane.js';
import type { RepresentationCache } from './representation-cache.js';
import { representation } from './representation.js';

const cached = representation('<feed/>', 'application/atom+xml; charset=utf-8', { cacheControl: 'public, max-age=300' });

describe('installCacheLane', () => {
  let server: Server;
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  async function start(app: (url: string) => void): Promise<string> {
    server = createServer((request, response) => {
      app(request.url!);
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('from the app');
    });
    const cache = { peek: (url: string) => (url === '/feeds/changes.atom' ? cached : null) } as unknown as RepresentationCache;
    installCacheLane(server, cache);
    await new Promise<void>((resolve) => server.listen(0, resolve));
    return `http://localhost:${(server.address() as AddressInfo).port}`;
  }

  it('answers GETs it holds a current rendering for, 200 or 304, without the app', async () => {
    const app = vi.fn();
    const base = await start(app);
    const ok = await fetch(`${base}/feeds/changes.atom`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('<feed/>');
    expect(ok.headers.get('etag')).toBe(cached.etag);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`${base}/feeds/changes.atom`, { headers: { 'if-none-match': cached.etag } })).status).toBe(304);
    expect(app).not.toHaveBeenCalled();
  });

  it('hands everything else to the app', async () => {
    const app = vi.fn();
    const base = await start(app);
    expect(await (await fetch(`${base}/feeds/changes.atom?kind=amended`)).text()).toBe('from the app');
    expect(await (await fetch(`${base}/feeds/changes.atom`, { method: 'POST' })).text()).toBe('from the app');
    expect(app.mock.calls).toEqual([['/feeds/changes.atom?kind=amended'], ['/feeds/changes.atom']]);
  });
});
