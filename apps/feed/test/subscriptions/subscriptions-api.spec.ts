import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Database } from '@legifeed/db';
import { openScratchDatabase, type ScratchDatabase } from '@legifeed/db/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedApp } from '../../src/bootstrap.js';
import { loadFeedConfig } from '../../src/config/feed-config.js';
import { ingestRealDumps } from '../../src/seed/ingest-real-dump.js';

const ADMIN_TOKEN = 'subscriptions-test-admin-token';
const CRPA = fileURLToPath(new URL('../../../../../shared/dumps/crpa/', import.meta.url));

/** A receiver on loopback keeping what it was sent. */
async function startReceiver() {
  const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { requests, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

describe('the subscription API', () => {
  let scratch: ScratchDatabase;
  let database: Database;
  let app: NestExpressApplication;
  let base: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    process.env.LEGIFEED_ADMIN_TOKEN = ADMIN_TOKEN;
    process.env.LEGIFEED_WEBHOOKS_ALLOW_PRIVATE = '1';
    scratch = await openScratchDatabase('postgres');
    database = scratch.database;
    await ingestRealDumps(database, CRPA, ['crpa-2023-01-02T0315.jsonl.gz', 'crpa-2023-05-16T0334.jsonl.gz']);
    app = await createFeedApp({ config: loadFeedConfig({}), database, logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api/subscriptions`;
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await app?.close();
    receiver?.server.close();
    await scratch?.close();
  });

  const call = async (method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
  };

  it('refuses requests without the admin token', async () => {
    const missing = await call('GET', '', undefined, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call('GET', '', undefined, `${ADMIN_TOKEN}x`)).status).toBe(401);
    expect((await call('POST', '', { url: receiver.url }, 'wrong')).status).toBe(401);
  });

  it('creates, shows, updates, pauses, resumes and deletes a subscription, showing the secret only once', async () => {
    const created = await call('POST', '', { url: receiver.url, filter: { articles: ['R. 552-5'], cites: true } });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const { id } = created.body.subscription;
    expect(created.body.subscription).toMatchObject({
      url: receiver.url,
      status: 'active',
      filter: { articles: ['R552-5'], cites: true, codes: [], kinds: [], sectionPrefixes: [] },
    });

    const shown = await call('GET', `/${id}`);
    expect(shown.body).toMatchObject({ id, deliveries: {} });
    expect(JSON.stringify(shown.body)).not.toContain('whsec_');
    expect((await call('GET', '')).body.subscriptions.map((s: { id: string }) => s.id)).toContain(id);

    expect((await call('PATCH', `/${id}`, { filter: { kinds: ['amended'] } })).body.filter).toMatchObject({ kinds: ['amended'], articles: [] });
    expect((await call('POST', `/${id}/pause`)).body.status).toBe('paused');
    expect((await call('POST', `/${id}/resume`)).body.status).toBe('active');
    expect((await call('DELETE', `/${id}`)).status).toBe(204);
    expect((await call('GET', `/${id}`)).status).toBe(404);
  });

  it('names what is wrong with a subscription it refuses', async () => {
    expect(await call('POST', '', { url: 'ftp://example.org/hook' })).toMatchObject({
      status: 400,
      body: { message: 'webhook URL ftp://example.org/hook refused: ftp is not allowed, use https' },
    });
    expect(await call('POST', '', { url: receiver.url, filter: { kinds: ['changed'] } })).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('filter.kinds[0] "changed" is not a change kind') },
    });
    expect((await call('PATCH', '/no-such-subscription', { url: receiver.url })).status).toBe(404);
  });

  it('rotates the secret with an overlap, and test events verify with both secrets meanwhile', async () => {
    const { body } = await call('POST', '', { url: receiver.url });
    const id = body.subscription.id;
    const rotated = await call('POST', `/${id}/rotate-secret`, { overlapSeconds: 3600 });
    expect(rotated.body.secret).not.toBe(body.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(3_590_000);
    expect((await call('GET', `/${id}`)).body.previousSecretExpiresAt).toBe(rotated.body.previousSecretExpiresAt);

    const test = await call('POST', `/${id}/test`);
    expect(test.body).toMatchObject({ delivered: true, statusCode: 204, error: null });
    const sent = receiver.requests.at(-1)!;
    for (const secret of [body.secret, rotated.body.secret]) {
      expect(new Webhook(secret).verify(sent.body, sent.headers as Record<string, string>)).toMatchObject({ type: 'webhook.test' });
    }
  });

  it('replays one change or everything since a day, and shows the (empty) delivery log', async () => {
    const { body } = await call('POST', '', { url: receiver.url, filter: { kinds: ['created'] } });
    const id = body.subscription.id;
    expect((await call('POST', `/${id}/replay`, { since: '2000-01-01' })).body).toEqual({ replayed: 2 });
    expect((await call('GET', `/${id}`)).body.deliveries).toEqual({ pending: 2 });
    expect((await call('POST', `/${id}/replay`, { since: 'yesterday' })).status).toBe(400);
    expect((await call('POST', `/${id}/replay`, { changeId: 'no-such-change' })).status).toBe(404);
    expect((await call('GET', `/${id}/deliveries?limit=10`)).body).toEqual({ attempts: [], nextCursor: null });
    expect((await call('GET', `/${id}/deliveries?limit=ten`)).status).toBe(400);
  });
});
