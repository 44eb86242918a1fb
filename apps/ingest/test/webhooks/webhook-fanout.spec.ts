import { createHash, randomUUID } from 'node:crypto';
import { type Database, WebhookOutboxRepository, WebhookSubscriptionRepository } from '@legifeed/db';
import { recordRealDump } from '@legifeed/db/testing';
import type { WebhookPayload } from '@legifeed/publish';
import { generateSigningSecret, parseSubscriptionFilter } from '@legifeed/webhooks';
import type { INestApplicationContext } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/jobs/job-queue.js';
import { deleteKeys, redisTestUrl, uniquePrefix } from '../support/redis.js';
import { CSS_2020, CSS_2023 } from './support/real-changes.js';
import { Receiver } from './support/receiver.js';
import { freshDatabase } from './support/test-database.js';
import { bootWebhookWorker, TEST_WEBHOOKS_CONFIG, waitFor } from './support/webhook-app.js';

const SUBSCRIPTIONS = 10;
const CHANGES = 1_000;

/** 1 attempt in 5 fails, decided by a digest of the webhook-id and the attempt's rank: the same on every run. */
function failsAttempt(webhookId: string, rank: number): boolean {
  return createHash('sha256').update(`${webhookId}#${rank}`).digest()[0]! % 5 === 0;
}

describe('10,000 events fanned out to 10 subscriptions on BullMQ, 20 % of attempts failing', () => {
  const prefix = uniquePrefix('webhook-fanout');
  const receiver = new Receiver();
  let database: Database;
  let drop: () => Promise<void>;
  let app: INestApplicationContext;
  const secrets = new Map<string, string>();
  const attemptsSeen = new Map<string, number>();

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
    await receiver.start();
    const subscriptions = new WebhookSubscriptionRepository(database);
    await recordRealDump(database, CSS_2020);
    for (let index = 0; index < SUBSCRIPTIONS; index += 1) {
      const id = `sub_${randomUUID().replaceAll('-', '')}`;
      const secret = generateSigningSecret();
      secrets.set(`/${id}`, secret);
      await subscriptions.create({ id, url: `${receiver.url}/${id}`, filter: parseSubscriptionFilter({ codes: ['code-de-la-securite-sociale'] }), secret });
    }
    // The writer owes each of the 1,000 changes to the 10 subscriptions in the transaction recording them.
    expect((await recordRealDump(database, CSS_2023, { keep: CHANGES })).changes).toHaveLength(CHANGES);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await receiver.stop();
    await drop?.();
    await deleteKeys(prefix);
  });

  it('delivers each one exactly once by webhook-id, none lost, each subscription in sequence order', async () => {
    const owed = await new WebhookOutboxRepository(database).dueSubscriptionIds(new Date());
    expect(owed).toHaveLength(SUBSCRIPTIONS);
    receiver.answer = ({ headers }) => {
      const webhookId = String(headers['webhook-id']);
      const rank = (attemptsSeen.get(webhookId) ?? 0) + 1;
      attemptsSeen.set(webhookId, rank);
      return { status: failsAttempt(webhookId, rank) ? 500 : 200 };
    };
    app = await bootWebhookWorker(
      database,
      { ...TEST_WEBHOOKS_CONFIG, retry: { scheduleMs: Array(12).fill(20), maxRetryAfterMs: 1_000 } },
      { REDIS_URL: redisTestUrl, LEGIFEED_QUEUE_PREFIX: prefix, LEGIFEED_INGEST_CONCURRENCY: String(SUBSCRIPTIONS) },
    );
    await app.get(JobQueue).enqueue('webhooks.dispatch', {});

    const delivered = async () => {
      const result = await database.db.execute(sql`select count(*)::integer as n from webhook_outbox where status = 'delivered'`);
      return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
    };
    await waitFor('10,000 deliveries settled', async () => (await delivered()) === SUBSCRIPTIONS * CHANGES, 150_000);

    const successes = receiver.delivered();
    expect(successes).toHaveLength(SUBSCRIPTIONS * CHANGES);
    expect(new Set(successes.map((r) => `${r.path} ${r.headers['webhook-id']}`)).size).toBe(SUBSCRIPTIONS * CHANGES);
    for (const [path, secret] of secrets) {
      const received = successes.filter((r) => r.path === path);
      expect(received, path).toHaveLength(CHANGES);
      const sequences = received.map((r) => (new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as WebhookPayload).data.sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    }
    const failed = receiver.received.length - successes.length;
    expect(failed / receiver.received.length).toBeGreaterThan(0.15);
    expect(failed / receiver.received.length).toBeLessThan(0.25);
  }, 200_000);
});
