import { randomUUID } from 'node:crypto';
import {
  type Database,
  type RecordedChange,
  WebhookAttemptRepository,
  WebhookOutboxRepository,
  WebhookSubscriptionRepository,
} from '@legifeed/db';
import { recordRealDump } from '@legifeed/db/testing';
import { WEBHOOK_PAYLOAD_LIMIT_BYTES, type WebhookPayload } from '@legifeed/publish';
import { generateSigningSecret, parseSubscriptionFilter } from '@legifeed/webhooks';
import type { INestApplicationContext } from '@nestjs/common';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookClient } from '../../src/webhooks/webhook-client.js';
import { sendTestEvent } from '../../src/webhooks/webhook-test-event.js';
import { CRPA_2023_01, CRPA_2023_05, LATER_CRPA } from './support/real-changes.js';
import { type Received, Receiver } from './support/receiver.js';
import { freshDatabase } from './support/test-database.js';
import { bootWebhookWorker, TEST_WEBHOOKS_CONFIG, waitFor } from './support/webhook-app.js';

/** Subscriptions failing for longer than this are disabled (5 days in production). */
const DISABLE_AFTER_MS = 3_000;
/** Doubling from 50 ms: 6.35 s from the first attempt to the last, longer than any receiver here stays down. */
const RETRY_SCHEDULE_MS = [50, 100, 200, 400, 800, 1_600, 3_200];

describe('webhook delivery (inline queue, PostgreSQL, loopback receiver)', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let app: INestApplicationContext;
  let subscriptions: WebhookSubscriptionRepository;
  let outbox: WebhookOutboxRepository;
  let log: WebhookAttemptRepository;
  let changes: RecordedChange[];
  const receiver = new Receiver();

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
    await recordRealDump(database, CRPA_2023_01);
    changes = (await recordRealDump(database, CRPA_2023_05)).changes;
    await receiver.start();
    app = await bootWebhookWorker(database, {
      ...TEST_WEBHOOKS_CONFIG,
      retry: { ...TEST_WEBHOOKS_CONFIG.retry, scheduleMs: RETRY_SCHEDULE_MS },
      disableAfterMs: DISABLE_AFTER_MS,
    });
    subscriptions = app.get(WebhookSubscriptionRepository, { strict: false });
    outbox = app.get(WebhookOutboxRepository, { strict: false });
    log = new WebhookAttemptRepository(database);
  });
  afterAll(async () => {
    await app?.close();
    await receiver.stop();
    await drop?.();
  });

  /** A subscription posting to its own path of the receiver, owed `owe` (every recorded change by default). */
  async function subscribe(filter: unknown = {}, owe = true) {
    const id = `sub_${randomUUID().replaceAll('-', '')}`;
    const secret = generateSigningSecret();
    await subscriptions.create({ id, url: `${receiver.url}/${id}`, filter: parseSubscriptionFilter(filter), secret });
    const owed = owe ? await outbox.replaySince(id, new Date(0)) : 0;
    return { id, secret, path: `/${id}`, owed };
  }

  const sequenceOf = (request: Received) => (JSON.parse(request.body) as WebhookPayload).data.sequence;

  it('signs every delivery so that standardwebhooks verifies it, one payload under 20 kB per change, in order', async () => {
    receiver.answer = () => ({ status: 204 });
    const { id, secret, path } = await subscribe();
    await waitFor('16 deliveries settled', async () => (await outbox.countsByStatus(id)).delivered === 16);

    const payloads = receiver.delivered(path).map((request) => {
      expect(Buffer.byteLength(request.body)).toBeLessThan(WEBHOOK_PAYLOAD_LIMIT_BYTES);
      return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as WebhookPayload;
    });
    expect(payloads.map((payload) => payload.data.id)).toEqual(changes.map((change) => change.id));
    expect(payloads.find((payload) => payload.data.article?.num === 'R552-5')).toMatchObject({
      type: 'article.amended',
      data: {
        code: { slug: 'code-des-relations-entre-le-public-et-l-administration' },
        dumpDate: '2023-05-16',
        links: { diff: `https://legifeed.example.org/api/changes/${payloads.find((p) => p.data.article?.num === 'R552-5')!.data.id}` },
      },
    });
    expect(new Set(receiver.delivered(path).map((r) => r.headers['webhook-id'])).size).toBe(16);

    const { attempts } = await log.log(id, { limit: 100 });
    expect(attempts).toHaveLength(16);
    expect(attempts.every((attempt) => attempt.statusCode === 204 && attempt.error === null && attempt.attempt === 1)).toBe(true);
    expect(await outbox.countsByStatus(id)).toEqual({ delivered: 16 });
    await subscriptions.delete(id);
  });

  it('retries a failed delivery under the same webhook-id, holding back the ones after it', async () => {
    const failuresLeft = new Map<string, number>();
    receiver.answer = ({ headers }) => {
      const webhookId = String(headers['webhook-id']);
      const left = failuresLeft.get(webhookId) ?? 2;
      failuresLeft.set(webhookId, left - 1);
      return { status: left > 0 ? 503 : 200 };
    };
    const { id, path } = await subscribe({ kinds: ['created'] });
    await waitFor('2 deliveries settled', async () => (await outbox.countsByStatus(id)).delivered === 2);

    const requests = receiver.received.filter((r) => r.path === path);
    const [first, second] = [...new Set(requests.map((r) => r.headers['webhook-id']))];
    // Three attempts each, the second change only once the first got through.
    expect(requests.map((r) => [r.headers['webhook-id'], r.status])).toEqual([
      [first, 503], [first, 503], [first, 200], [second, 503], [second, 503], [second, 200],
    ]);
    expect(requests.map(sequenceOf)[0]).toBeLessThan(requests.map(sequenceOf)[5]!);
    const { attempts } = await log.log(id, { limit: 10 });
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [3, 200, null], [2, 503, 'receiver answered 503'], [1, 503, 'receiver answered 503'],
      [3, 200, null], [2, 503, 'receiver answered 503'], [1, 503, 'receiver answered 503'],
    ]);
    await subscriptions.delete(id);
  });

  it('delivers everything, once each and in order, to a receiver that was down and came back', async () => {
    receiver.answer = () => ({ status: 200 });
    const { id, path } = await subscribe({}, false);
    // Paused while the dumps are read and recorded, so the receiver's downtime is what the test chooses; the
    // writer owes the changes to the subscription in the transaction recording them.
    await subscriptions.pause(id);
    const recorded: RecordedChange[] = [];
    for (const dump of LATER_CRPA) recorded.push(...(await recordRealDump(database, dump)).changes);
    expect(recorded.length).toBe(7);
    await receiver.stop();
    await subscriptions.resume(id);
    await waitFor('3 refused attempts', async () => (await log.log(id)).attempts.length >= 3);
    expect((await log.log(id)).attempts[0]).toMatchObject({ statusCode: null, error: expect.stringContaining('ECONNREFUSED') });

    await receiver.start();
    await waitFor('7 deliveries settled', async () => (await outbox.countsByStatus(id)).delivered === 7);
    const delivered = receiver.delivered(path);
    expect(delivered.map((r) => (JSON.parse(r.body) as WebhookPayload).data.id)).toEqual(recorded.map((c) => c.id));
    expect(await outbox.countsByStatus(id)).toEqual({ delivered: 7 });
    await subscriptions.delete(id);
  });

  it('signs with both secrets while a rotation overlaps, then with the new one only', async () => {
    receiver.answer = () => ({ status: 204 });
    const { id, secret: oldSecret, path } = await subscribe({}, false);
    const verifies = (secret: string, request: Received) => {
      try {
        new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
        return true;
      } catch (error) {
        if (error instanceof WebhookVerificationError) return false;
        throw error;
      }
    };
    const replay = async (change: RecordedChange) => {
      const before = receiver.delivered(path).length;
      await outbox.replayChange(id, change.id);
      await waitFor('the replayed delivery', () => receiver.delivered(path).length === before + 1);
      return receiver.delivered(path).at(-1)!;
    };

    expect(verifies(oldSecret, await replay(changes[0]!))).toBe(true);
    const newSecret = generateSigningSecret();
    const overlapEnds = new Date(Date.now() + 1_000);
    await subscriptions.rotateSecret(id, newSecret, overlapEnds);
    const duringOverlap = await replay(changes[1]!);
    expect(String(duringOverlap.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect([verifies(newSecret, duringOverlap), verifies(oldSecret, duringOverlap)]).toEqual([true, true]);

    await waitFor('the end of the overlap', () => Date.now() > overlapEnds.getTime());
    const afterOverlap = await replay(changes[2]!);
    expect([verifies(newSecret, afterOverlap), verifies(oldSecret, afterOverlap)]).toEqual([true, false]);
    await subscriptions.delete(id);
  });

  it('disables a subscription at once when its receiver answers 410 Gone', async () => {
    receiver.answer = () => ({ status: 410 });
    const { id, path, owed } = await subscribe();
    await waitFor('the subscription disabled', async () => (await subscriptions.get(id))?.status === 'disabled');
    expect(await subscriptions.get(id)).toMatchObject({ disabledReason: 'receiver answered 410 Gone' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(1);
    expect(await outbox.countsByStatus(id)).toEqual({ pending: owed });
    await subscriptions.delete(id);
  });

  it("waits as long as a 429's Retry-After says, rather than the schedule's 50 ms", async () => {
    let answered429 = false;
    receiver.answer = () => {
      if (answered429) return { status: 200 };
      answered429 = true;
      return { status: 429, headers: { 'retry-after': '1' } };
    };
    const { id, path, owed } = await subscribe({ kinds: ['created'] });
    await waitFor('every delivery settled', async () => (await outbox.countsByStatus(id)).delivered === owed, 10_000);
    const [limited, retried] = receiver.received.filter((r) => r.path === path);
    expect(limited!.status).toBe(429);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950);
    await subscriptions.delete(id);
  });

  it('disables a subscription whose deliveries keep failing, saying since when and why', async () => {
    receiver.answer = () => ({ status: 500 });
    const { id } = await subscribe({ kinds: ['created'] });
    await waitFor('the subscription disabled', async () => (await subscriptions.get(id))?.status === 'disabled', 10_000);
    const disabled = (await subscriptions.get(id))!;
    expect(disabled.disabledReason).toMatch(/^deliveries failing since \d{4}-\d\d-\d\dT[\d:.]+Z; last error: receiver answered 500$/);
    const { attempts } = await log.log(id, { limit: 100 });
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(attempts.every((attempt) => attempt.statusCode === 500 && attempt.error === 'receiver answered 500')).toBe(true);
    expect(Date.now() - disabled.failingSince!.getTime()).toBeGreaterThanOrEqual(DISABLE_AFTER_MS);
    await subscriptions.delete(id);
  });

  it('replays one change, or everything since a date, under the same webhook-ids', async () => {
    receiver.answer = () => ({ status: 200 });
    const { id, path } = await subscribe({ articles: ['R552-5'], cites: true });
    await waitFor('4 deliveries', () => receiver.delivered(path).length === 4);
    const firstIds = receiver.delivered(path).map((r) => r.headers['webhook-id']);

    expect(await outbox.replaySince(id, new Date(Date.now() + 60_000))).toBe(0);
    expect(await outbox.replaySince(id, new Date(0))).toBe(4);
    await waitFor('4 more deliveries', () => receiver.delivered(path).length === 8);
    expect(receiver.delivered(path).slice(4).map((r) => r.headers['webhook-id'])).toEqual(firstIds);
    await subscriptions.delete(id);
  });

  it('sends a signed test event and reports what the receiver answered', async () => {
    receiver.answer = () => ({ status: 202 });
    const { id, secret, path } = await subscribe({}, false);
    const client = new WebhookClient({ allowPrivate: true, timeoutMs: 2_000 });
    const result = await sendTestEvent(client, (await subscriptions.get(id))!);
    client.close();
    expect(result).toMatchObject({ delivered: true, statusCode: 202, error: null, webhookId: expect.stringMatching(/^msg_test_/) });
    const request = receiver.received.filter((r) => r.path === path).at(-1)!;
    expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({
      type: 'webhook.test',
      data: { subscriptionId: id },
    });
    await subscriptions.delete(id);
  });
});
