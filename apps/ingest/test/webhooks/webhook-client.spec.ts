import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookClient } from '../../src/webhooks/webhook-client.js';
import { Receiver } from './support/receiver.js';

const body = JSON.stringify({ type: 'webhook.test' });
const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1', 'webhook-signature': 'v1,x' };

describe('WebhookClient', () => {
  const receiver = new Receiver();
  const client = new WebhookClient({ allowPrivate: true, timeoutMs: 300 });
  beforeAll(() => receiver.start());
  afterAll(async () => {
    client.close();
    await receiver.stop();
  });

  it('POSTs the body and headers as JSON and reports the status, discarding the response body', async () => {
    receiver.answer = () => ({ status: 204 });
    const result = await client.post(`${receiver.url}/hook?x=1`, body, headers);
    expect(result).toMatchObject({ kind: 'response', statusCode: 204, retryAfterMs: null });
    expect(receiver.received.at(-1)).toMatchObject({
      path: '/hook?x=1',
      body,
      headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1', 'user-agent': 'legifeed-webhooks' },
    });
  });

  it("reads a 429's Retry-After", async () => {
    receiver.answer = () => ({ status: 429, headers: { 'retry-after': '7' } });
    expect(await client.post(`${receiver.url}/hook`, body, headers)).toMatchObject({ statusCode: 429, retryAfterMs: 7_000 });
  });

  it('does not follow redirects', async () => {
    receiver.answer = ({ path }) => (path === '/moved' ? { status: 308, headers: { location: '/elsewhere' } } : { status: 200 });
    const before = receiver.received.length;
    expect(await client.post(`${receiver.url}/moved`, body, headers)).toMatchObject({ kind: 'response', statusCode: 308 });
    expect(receiver.received.slice(before).map((r) => r.path)).toEqual(['/moved']);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    receiver.answer = () => null;
    const result = await client.post(`${receiver.url}/hang`, body, headers);
    expect(result).toMatchObject({ kind: 'no-response', reason: 'timeout', error: 'no response within 300 ms' });
    expect(result.latencyMs).toBeGreaterThanOrEqual(290);
  });

  it('reports a connection refused', async () => {
    const down = new Receiver();
    await down.start();
    const url = down.url;
    await down.stop();
    expect(await client.post(`${url}/hook`, body, headers)).toMatchObject({
      kind: 'no-response',
      reason: 'network',
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });
});

describe('WebhookClient without private addresses', () => {
  const receiver = new Receiver();
  const strict = new WebhookClient({ allowPrivate: false, timeoutMs: 1_000 });
  beforeAll(() => receiver.start());
  afterAll(async () => {
    strict.close();
    await receiver.stop();
  });

  it('refuses a name resolving to loopback at connect time, before any connection', async () => {
    const port = new URL(receiver.url).port;
    const result = await strict.post(`https://localhost:${port}/hook`, body, headers);
    expect(result).toMatchObject({ kind: 'no-response', reason: 'refused' });
    expect(result.kind === 'no-response' && result.error).toMatch(/^localhost resolves to (127\.0\.0\.1|::1) is loopback/);
    expect(receiver.connections).toBe(0);
  });

  it('refuses plain http and loopback addresses before resolving anything', async () => {
    expect(await strict.post(receiver.url, body, headers)).toMatchObject({
      reason: 'refused',
      error: `webhook URL ${receiver.url} refused: http is not allowed, use https`,
    });
    expect(await strict.post('https://127.0.0.1/hook', body, headers)).toMatchObject({
      reason: 'refused',
      error: 'webhook URL https://127.0.0.1/hook refused: 127.0.0.1 is loopback (127.0.0.0/8)',
    });
    expect(receiver.connections).toBe(0);
  });

  it('refuses a name when any of its addresses is refused, as DNS answers at connect time', async () => {
    const resolving = (addresses: string[]) =>
      new WebhookClient({
        allowPrivate: false,
        timeoutMs: 1_000,
        resolve: (_hostname, callback) => callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))),
      });
    const rebound = resolving(['93.184.215.14', '169.254.169.254']);
    expect(await rebound.post('https://hooks.example.org/hook', body, headers)).toMatchObject({
      reason: 'refused',
      error: 'hooks.example.org resolves to 169.254.169.254 is cloud metadata (169.254.169.254/32)',
    });
    const nat64 = resolving(['64:ff9b::a00:1']);
    expect(await nat64.post('https://hooks.example.org/hook', body, headers)).toMatchObject({
      reason: 'refused',
      error: 'hooks.example.org resolves to 64:ff9b::a00:1 is NAT64 (64:ff9b::/96)',
    });
  });
});
