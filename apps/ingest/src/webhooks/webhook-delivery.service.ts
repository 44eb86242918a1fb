import {
  type DeliverySettlement,
  type NewDeliveryAttempt,
  type PendingDelivery,
  type WebhookSubscription,
  WebhookOutboxRepository,
  WebhookSubscriptionRepository,
} from '@legifeed/db';
import {
  type AttemptResult,
  classifyAttempt,
  retryDelayMs,
  signingSecretsAt,
  signMessage,
} from '@legifeed/webhooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import type { DeliveryRun, DispatchOutcome } from '../jobs/jobs.js';
import { DeliveryRateLimiter } from './delivery-rate-limiter.js';
import { WebhookClient } from './webhook-client.js';
import { messageBody, webhookIdOf } from './webhook-message.js';
import { WEBHOOKS_CONFIG } from './webhooks.tokens.js';
import type { WebhooksConfig } from './webhooks-config.js';

/** Deliveries read from the outbox at a time; their outcomes are written back together. */
const BATCH_SIZE = 50;

/** Why a batch stopped before its end. */
type BatchStop = 'waiting' | 'gone' | 'shutdown' | null;

interface BatchResult {
  settlements: DeliverySettlement[];
  stop: BatchStop;
  /** The failed attempt that ended the batch, or the last failed one. */
  failure: { at: Date; error: string } | null;
  /** Whether the batch's last attempt succeeded. */
  endedDelivered: boolean;
}

/**
 * Delivers each subscription's changes, one at a time in sequence order: a delivery being retried holds back
 * the ones after it (until its schedule is exhausted), so a receiver sees changes in order unless an operator
 * replays some. Outcomes are written to the outbox and the delivery log after each batch; a process that dies
 * mid-batch leaves those deliveries pending, and they go out again under the same `webhook-id`.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly links: { baseUrl: string };

  constructor(
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly outbox: WebhookOutboxRepository,
    private readonly client: WebhookClient,
    private readonly limiter: DeliveryRateLimiter,
    private readonly queue: JobQueue,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {
    this.links = { baseUrl: config.publicBaseUrl };
  }

  /** Enqueues a delivery job for every active subscription whose next delivery is due. */
  async dispatchDue(): Promise<DispatchOutcome> {
    const due = await this.outbox.dueSubscriptionIds(new Date());
    for (const subscriptionId of due) await this.queue.enqueue('webhooks.deliver', { subscriptionId });
    return { subscriptions: due.length };
  }

  /** Delivers what is due to one subscription until nothing is, a delivery waits for its retry, or shutdown. */
  async deliverDue(subscriptionId: string, signal: AbortSignal): Promise<DeliveryRun> {
    const run: DeliveryRun = { subscriptionId, delivered: 0, failed: 0 };
    for (;;) {
      const subscription = await this.subscriptions.get(subscriptionId);
      if (subscription === null || subscription.status !== 'active') return run;
      const pending = await this.outbox.nextPending(subscriptionId, BATCH_SIZE);
      if (pending.length === 0) return run;
      const batch = await this.attemptInOrder(subscription, pending, signal);
      await this.outbox.settle(batch.settlements);
      for (const { state } of batch.settlements) {
        if (state.status === 'delivered') run.delivered += 1;
        else run.failed += 1;
      }
      await this.recordHealth(subscription, batch);
      if (batch.stop !== null) return run;
    }
  }

  private async attemptInOrder(
    subscription: WebhookSubscription,
    pending: readonly PendingDelivery[],
    signal: AbortSignal,
  ): Promise<BatchResult> {
    const result: BatchResult = { settlements: [], stop: null, failure: null, endedDelivered: false };
    for (const delivery of pending) {
      if (signal.aborted) return { ...result, stop: 'shutdown' };
      if (delivery.nextAttemptAt.getTime() > Date.now()) return { ...result, stop: 'waiting' };
      try {
        await this.limiter.take(signal);
      } catch {
        return { ...result, stop: 'shutdown' };
      }
      const attemptedAt = new Date();
      const attempt = await this.attempt(subscription, delivery, attemptedAt);
      const logged: NewDeliveryAttempt = {
        outboxId: delivery.outboxId,
        subscriptionId: subscription.id,
        attempt: delivery.attempts + 1,
        attemptedAt,
        statusCode: attempt.kind === 'response' ? attempt.statusCode : null,
        latencyMs: attempt.latencyMs,
        error: null,
      };
      const outcome = classifyAttempt(attempt);
      result.endedDelivered = outcome.kind === 'delivered';
      if (outcome.kind === 'delivered') {
        result.settlements.push({ attempt: logged, state: { status: 'delivered' } });
        continue;
      }
      logged.error = outcome.error;
      result.failure = { at: attemptedAt, error: outcome.error };
      this.logger.warn('webhook attempt failed', {
        subscriptionId: subscription.id,
        webhookId: webhookIdOf(delivery.outboxId),
        changeId: delivery.change.id,
        attempt: logged.attempt,
        error: outcome.error,
      });
      if (outcome.kind === 'gone') {
        // Left pending: delivered in order if an operator resumes the subscription.
        result.settlements.push({ attempt: logged, state: { status: 'pending', nextAttemptAt: attemptedAt } });
        return { ...result, stop: 'gone' };
      }
      const delayMs = retryDelayMs(this.config.retry, logged.attempt, outcome.retryAfterMs);
      if (delayMs === null) {
        // Schedule exhausted: this one is given up and the next ones go ahead.
        result.settlements.push({ attempt: logged, state: { status: 'failed' } });
        continue;
      }
      const nextAttemptAt = new Date(attemptedAt.getTime() + delayMs);
      result.settlements.push({ attempt: logged, state: { status: 'pending', nextAttemptAt } });
      return { ...result, stop: 'waiting' };
    }
    return result;
  }

  private async attempt(subscription: WebhookSubscription, delivery: PendingDelivery, at: Date): Promise<AttemptResult> {
    let body: string;
    try {
      body = messageBody(delivery, this.links);
    } catch (error) {
      // Too large even without its summary: no retry can help, and the schedule gives it up in time.
      return { kind: 'no-response', reason: 'refused', error: (error as Error).message, latencyMs: 0 };
    }
    const headers = signMessage(webhookIdOf(delivery.outboxId), at, body, signingSecretsAt(subscription, at));
    return this.client.post(subscription.url, body, { ...headers });
  }

  /** Tracks how long the subscription has been failing; disables it on 410 or after `disableAfterMs`. */
  private async recordHealth(subscription: WebhookSubscription, batch: BatchResult): Promise<void> {
    const { id } = subscription;
    if (batch.settlements.some(({ state }) => state.status === 'delivered')) await this.subscriptions.recordSuccess(id);
    if (batch.failure === null || batch.endedDelivered) return;
    if (batch.stop === 'gone') {
      await this.disable(id, batch.failure.error);
      return;
    }
    const failingSince = await this.subscriptions.recordFailure(id, batch.failure.at);
    if (failingSince !== null && batch.failure.at.getTime() - failingSince.getTime() >= this.config.disableAfterMs) {
      await this.disable(id, `deliveries failing since ${failingSince.toISOString()}; last error: ${batch.failure.error}`);
    }
  }

  private async disable(subscriptionId: string, reason: string): Promise<void> {
    await this.subscriptions.disable(subscriptionId, reason);
    this.logger.warn('webhook subscription disabled', { subscriptionId, reason });
  }
}
