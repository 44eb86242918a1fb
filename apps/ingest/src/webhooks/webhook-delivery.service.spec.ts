import type {
  DeliverySettlement,
  PendingDelivery,
  WebhookOutboxRepository,
  WebhookSubscription,
  WebhookSubscriptionRepository,
} from '@legifeed/db';
import { type AttemptResult, EMPTY_FILTER, generateSigningSecret } from '@legifeed/webhooks';
import { describe, expect, it } from 'vitest';
import type { JobQueue } from '../jobs/job-queue.js';
import { DeliveryRateLimiter } from './delivery-rate-limiter.js';
import type { WebhookClient } from './webhook-client.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { DEFAULT_WEBHOOKS_CONFIG } from './webhooks-config.js';

const DAY_MS = 24 * 60 * 60 * 1_000;

function pending(outboxId: number, overrides: Partial<PendingDelivery> = {}): PendingDelivery {
  return {
    outboxId,
    attempts: 0,
    nextAttemptAt: new Date(0),
    codeTitle: 'Code des relations entre le public et l’administration',
    dumpAsOf: '2023-05-16',
    change: {
      id: `chg-${outboxId}`,
      sequence: outboxId,
      kind: 'amended',
      code: 'code-des-relations-entre-le-public-et-l-administration',
      article: { cid: 'LEGIARTI000031370693', num: 'R552-5', numKey: 'R552-5' },
      section: { cid: null, path: ["Livre V : DISPOSITIONS RELATIVES À L'OUTRE-MER"] },
      sectionBefore: null,
      before: null,
      after: null,
      effectiveDate: null,
      summary: null,
      detectedDumpId: 1,
      detectedAt: new Date('2023-05-16T03:34:00Z'),
    },
    ...overrides,
  };
}

/** The service over in-memory repositories and a client answering from a script, one status per attempt. */
function harness(deliveries: PendingDelivery[], statuses: number[], failingSince: Date | null = null) {
  const subscription: WebhookSubscription = {
    id: 'sub_1',
    url: 'https://hooks.example.org/legifeed',
    filter: EMPTY_FILTER,
    status: 'active',
    disabledReason: null,
    failingSince,
    secret: generateSigningSecret(),
    previousSecret: null,
    previousSecretExpiresAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  const settled: DeliverySettlement[] = [];
  const posted: string[] = [];
  const subscriptions = {
    get: async () => subscription,
    recordSuccess: async () => {
      subscription.failingSince = null;
    },
    recordFailure: async (_id: string, at: Date) => (subscription.failingSince ??= at),
    disable: async (_id: string, reason: string) => {
      Object.assign(subscription, { status: 'disabled', disabledReason: reason });
      return subscription;
    },
  } as unknown as WebhookSubscriptionRepository;
  const outbox = {
    nextPending: async () => deliveries.filter((d) => !settled.some((s) => s.attempt.outboxId === d.outboxId && s.state.status !== 'pending')),
    settle: async (batch: DeliverySettlement[]) => {
      settled.push(...batch);
      for (const { attempt, state } of batch) {
        const delivery = deliveries.find((d) => d.outboxId === attempt.outboxId)!;
        delivery.attempts = attempt.attempt;
        if (state.status === 'pending') delivery.nextAttemptAt = state.nextAttemptAt;
      }
    },
  } as unknown as WebhookOutboxRepository;
  const client = {
    post: async (_url: string, _body: string, headers: Record<string, string>): Promise<AttemptResult> => {
      posted.push(headers['webhook-id']!);
      return { kind: 'response', statusCode: statuses.shift() ?? 204, retryAfterMs: null, latencyMs: 1 };
    },
  } as unknown as WebhookClient;
  const service = new WebhookDeliveryService(
    subscriptions,
    outbox,
    client,
    new DeliveryRateLimiter(1_000),
    {} as JobQueue,
    { ...DEFAULT_WEBHOOKS_CONFIG, retry: { scheduleMs: [0, 0], maxRetryAfterMs: 1_000 } },
  );
  const deliver = () => service.deliverDue('sub_1', new AbortController().signal);
  return { subscription, settled, posted, deliver };
}

describe('WebhookDeliveryService', () => {
  it('stops at a failed delivery, leaving the ones after it for when its retry is due', async () => {
    const { settled, posted, deliver } = harness([pending(1), pending(2)], [204, 503]);
    expect(await deliver()).toEqual({ subscriptionId: 'sub_1', delivered: 1, failed: 1 });
    expect(posted).toEqual(['msg_1', 'msg_2']);
    expect(settled.map(({ state }) => state.status)).toEqual(['delivered', 'pending']);
  });

  it('does not start on a delivery whose retry is not due, even with later ones waiting', async () => {
    const { posted, deliver } = harness([pending(1, { attempts: 1, nextAttemptAt: new Date(Date.now() + 60_000) }), pending(2)], []);
    expect(await deliver()).toEqual({ subscriptionId: 'sub_1', delivered: 0, failed: 0 });
    expect(posted).toEqual([]);
  });

  it('gives a delivery up once its schedule is exhausted, and goes on with the next one', async () => {
    const { settled, posted, deliver } = harness([pending(1, { attempts: 2 }), pending(2)], [500, 200]);
    await deliver();
    expect(posted).toEqual(['msg_1', 'msg_2']);
    expect(settled.map(({ attempt, state }) => [attempt.attempt, attempt.statusCode, state.status])).toEqual([
      [3, 500, 'failed'],
      [1, 200, 'delivered'],
    ]);
  });

  it('disables the subscription at the first 410, leaving the delivery pending', async () => {
    const { subscription, settled, posted, deliver } = harness([pending(1), pending(2)], [410]);
    await deliver();
    expect(posted).toEqual(['msg_1']);
    expect(settled.map(({ state }) => state.status)).toEqual(['pending']);
    expect(subscription).toMatchObject({ status: 'disabled', disabledReason: 'receiver answered 410 Gone' });
  });

  it('disables a subscription failing for 5 days, saying since when', async () => {
    const since = new Date(Date.now() - 5 * DAY_MS - 1_000);
    const { subscription, deliver } = harness([pending(1)], [502], since);
    await deliver();
    expect(subscription.status).toBe('disabled');
    expect(subscription.disabledReason).toBe(`deliveries failing since ${since.toISOString()}; last error: receiver answered 502`);

    const recent = harness([pending(1)], [502], new Date(Date.now() - 4 * DAY_MS));
    await recent.deliver();
    expect(recent.subscription.status).toBe('active');
  });
});
