import { generateSigningSecret, parseSubscriptionFilter } from '@legifeed/webhooks';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WebhookAttemptRepository,
  WebhookOutboxRepository,
  WebhookSubscriptionRepository,
  type Database,
  type RecordedChange,
} from '../src/index.js';
import { queryRows } from '../src/sql/query-rows.js';
import { CRPA_2023_01, CRPA_2023_05 } from './support/real-dumps.js';
import { openScratchDatabase, recordRealDump } from '../src/testing/index.js';
import { BACKENDS } from './support/test-databases.js';

const CRPA = 'code-des-relations-entre-le-public-et-l-administration';

/** What each subscription follows, and the article numbers of the crpa-2023-05-16 changes it must be owed. */
const FOLLOWING: Record<string, { filter: unknown; owed: string[] }> = {
  everything: {
    filter: {},
    owed: ['D113-14', 'D114-9-1', 'D114-9-2', 'D552-5-1', 'D562-5-1', 'D572-4', 'R114-9-1', 'R114-9-2', 'R114-9-3',
      'R114-9-4', 'R114-9-5', 'R114-9-6', 'R114-9-7', 'R552-5', 'R562-5', 'R572-3'],
  },
  creations: { filter: { codes: [CRPA], kinds: ['created'] }, owed: ['D114-9-1', 'D114-9-2'] },
  'another-code': { filter: { codes: ['code-de-la-securite-sociale'] }, owed: [] },
  // One article by cid, one by number as a lawyer writes it.
  articles: { filter: { articles: ['LEGIARTI000031370815', 'R. 114-9-1'] }, owed: ['D572-4', 'R114-9-1'] },
  'new-caledonia': {
    filter: { sectionPrefixes: [["Livre V : DISPOSITIONS RELATIVES À L'OUTRE-MER", 'Titre VI : DISPOSITIONS APPLICABLES EN NOUVELLE-CALÉDONIE']] },
    owed: ['D562-5-1', 'R562-5'],
  },
  // R552-5 (itself amended) cites R114-9-5, R114-9-6 and R114-9-7, all three amended by the same dump.
  'r552-5-and-citations': {
    filter: { articles: ['R552-5'], cites: true },
    owed: ['R114-9-5', 'R114-9-6', 'R114-9-7', 'R552-5'],
  },
  'r552-5-alone': { filter: { articles: ['R552-5'] }, owed: ['R552-5'] },
};

describe.each(BACKENDS)('webhook subscriptions and outbox on %s', (kind) => {
  let database: Database;
  let close: () => Promise<void>;
  let subscriptions: WebhookSubscriptionRepository;
  let outbox: WebhookOutboxRepository;
  let recorded: RecordedChange[];

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind));
    subscriptions = new WebhookSubscriptionRepository(database);
    outbox = new WebhookOutboxRepository(database);
    await recordRealDump(database, CRPA_2023_01);
    for (const [id, { filter }] of Object.entries(FOLLOWING)) {
      await subscriptions.create({ id, url: `https://hooks.example.org/${id}`, filter: parseSubscriptionFilter(filter), secret: generateSigningSecret() });
    }
    await subscriptions.create({ id: 'paused', url: 'https://hooks.example.org/p', filter: parseSubscriptionFilter({}), secret: generateSigningSecret() });
    await subscriptions.pause('paused');
    await subscriptions.create({ id: 'disabled', url: 'https://hooks.example.org/d', filter: parseSubscriptionFilter({}), secret: generateSigningSecret() });
    await subscriptions.disable('disabled', 'receiver answered 410 Gone');
    recorded = (await recordRealDump(database, CRPA_2023_05)).changes;
  });
  afterAll(() => close());

  const owedNumbers = async (subscriptionId: string) => {
    const rows = await queryRows<{ num_key: string }>(
      database,
      sql`select c.num_key from webhook_outbox o join changes c on c.id = o.change_id
          where o.subscription_id = ${subscriptionId} order by c.num_key`,
    );
    return rows.map((row) => row.num_key);
  };

  it("owes each recorded change to the subscriptions whose filter it matches, in the changes' transaction", async () => {
    expect(recorded).toHaveLength(16);
    for (const [id, { owed }] of Object.entries(FOLLOWING)) expect(await owedNumbers(id), id).toEqual(owed);
    // A paused subscription keeps accumulating; a disabled one does not.
    expect(await owedNumbers('paused')).toHaveLength(16);
    expect(await owedNumbers('disabled')).toEqual([]);
  });

  it('hands out a subscription\'s deliveries in sequence order, with what the payload needs', async () => {
    const pending = await outbox.nextPending('everything', 100);
    expect(pending.map((delivery) => delivery.change.sequence)).toEqual(recorded.map((change) => change.sequence));
    expect(pending[0]).toMatchObject({ attempts: 0, codeTitle: 'Code des relations entre le public et l\'administration', dumpAsOf: '2023-05-16' });
    expect(pending.find((delivery) => delivery.change.article?.numKey === 'R552-5')?.change).toMatchObject({
      kind: 'amended',
      code: CRPA,
      article: { cid: 'LEGIARTI000031370693', num: 'R552-5', numKey: 'R552-5' },
    });
  });

  it('logs attempts, moves deliveries on, and keeps a retried delivery at the head of its subscription', async () => {
    const [first, second] = await outbox.nextPending('articles', 10);
    const now = new Date();
    const later = new Date(now.getTime() + 60_000);
    expect(await outbox.dueSubscriptionIds(now)).toContain('articles');
    await outbox.settle([
      { attempt: { outboxId: first!.outboxId, subscriptionId: 'articles', attempt: 1, attemptedAt: now, statusCode: 204, latencyMs: 12, error: null }, state: { status: 'delivered' } },
      { attempt: { outboxId: second!.outboxId, subscriptionId: 'articles', attempt: 1, attemptedAt: now, statusCode: 503, latencyMs: 30, error: 'receiver answered 503' }, state: { status: 'pending', nextAttemptAt: later } },
    ]);
    expect(await outbox.nextPending('articles', 10)).toMatchObject([{ outboxId: second!.outboxId, attempts: 1, nextAttemptAt: later }]);
    expect(await outbox.dueSubscriptionIds(now)).not.toContain('articles');
    expect(await outbox.dueSubscriptionIds(later)).toContain('articles');
    expect(await outbox.countsByStatus('articles')).toEqual({ delivered: 1, pending: 1 });

    const log = await new WebhookAttemptRepository(database).log('articles', { limit: 1 });
    expect(log.attempts).toMatchObject([{ outboxId: second!.outboxId, changeId: second!.change.id, attempt: 1, statusCode: 503, latencyMs: 30, error: 'receiver answered 503' }]);
    const older = await new WebhookAttemptRepository(database).log('articles', { limit: 1, before: log.nextCursor! });
    expect(older).toMatchObject({ attempts: [{ outboxId: first!.outboxId, statusCode: 204, error: null }], nextCursor: null });
  });

  it('replays one change, or everything detected since a date, from a fresh first attempt', async () => {
    const [delivered] = await outbox.nextPending('creations', 10);
    await outbox.settle([{ attempt: { outboxId: delivered!.outboxId, subscriptionId: 'creations', attempt: 1, attemptedAt: new Date(), statusCode: 200, latencyMs: 5, error: null }, state: { status: 'delivered' } }]);
    expect(await outbox.countsByStatus('creations')).toEqual({ delivered: 1, pending: 1 });

    expect(await outbox.replayChange('creations', delivered!.change.id)).toBe(true);
    expect(await outbox.countsByStatus('creations')).toEqual({ pending: 2 });
    // A change the filter does not follow can still be replayed on purpose; an unknown one cannot.
    const repeal = recorded.find((change) => change.kind === 'repealed')!;
    expect(await outbox.replayChange('creations', repeal.id)).toBe(true);
    expect(await outbox.replayChange('creations', 'no-such-change')).toBe(false);

    expect(await outbox.replaySince('another-code', new Date(0))).toBe(0);
    expect(await outbox.replaySince('new-caledonia', new Date(Date.now() + 3_600_000))).toBe(0);
    expect(await outbox.replaySince('new-caledonia', new Date(0))).toBe(2);
  });

  it('rotates secrets with an overlap, tracks failing runs, and deletes with the outbox and log', async () => {
    const before = (await subscriptions.get('r552-5-alone'))!;
    const next = generateSigningSecret();
    const until = new Date(Date.now() + 86_400_000);
    expect(await subscriptions.rotateSecret('r552-5-alone', next, until)).toMatchObject({
      secret: next,
      previousSecret: before.secret,
      previousSecretExpiresAt: until,
    });

    const firstFailure = new Date('2024-07-20T10:00:00Z');
    expect(await subscriptions.recordFailure('r552-5-alone', firstFailure)).toEqual(firstFailure);
    expect(await subscriptions.recordFailure('r552-5-alone', new Date())).toEqual(firstFailure);
    await subscriptions.recordSuccess('r552-5-alone');
    expect((await subscriptions.get('r552-5-alone'))!.failingSince).toBeNull();

    expect(await subscriptions.resume('disabled')).toMatchObject({ status: 'active', disabledReason: null });
    expect(await subscriptions.delete('r552-5-alone')).toBe(true);
    expect(await subscriptions.delete('r552-5-alone')).toBe(false);
    expect(await owedNumbers('r552-5-alone')).toEqual([]);
    expect((await subscriptions.list()).map((subscription) => subscription.id)).not.toContain('r552-5-alone');
  });
});
