import { randomUUID } from 'node:crypto';
import {
  type DeliveryAttempt,
  type WebhookSubscription,
  WebhookAttemptRepository,
  WebhookOutboxRepository,
  WebhookSubscriptionRepository,
} from '@legifeed/db';
import { sendTestEvent, type TestEventResult, WebhookClient, webhookIdOf } from '@legifeed/ingest';
import {
  checkWebhookUrl,
  generateSigningSecret,
  parseSubscriptionFilter,
  SubscriptionFilterError,
  WebhookUrlRefusedError,
} from '@legifeed/webhooks';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { SUBSCRIPTIONS_CONFIG, type SubscriptionsConfig } from './subscriptions-config.js';
import { type SubscriptionView, subscriptionView } from './subscription-view.js';

export interface DeliveryLogEntry extends Omit<DeliveryAttempt, 'attemptedAt'> {
  webhookId: string;
  attemptedAt: string;
}

const MAX_OVERLAP_SECONDS = 30 * 24 * 60 * 60;

/**
 * Manages webhook subscriptions. Deliveries themselves are the worker's: changing a subscription here (resume,
 * replay) makes deliveries due, and the worker's sweep picks them up within its period.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly outbox: WebhookOutboxRepository,
    private readonly attempts: WebhookAttemptRepository,
    private readonly client: WebhookClient,
    @Inject(SUBSCRIPTIONS_CONFIG) private readonly config: SubscriptionsConfig,
  ) {}

  /** Creates a subscription; its signing secret is in the answer, and never again. */
  async create(body: unknown): Promise<{ subscription: SubscriptionView; secret: string }> {
    const fields = objectBody(body);
    const secret = generateSigningSecret();
    const created = await this.subscriptions.create({
      id: `sub_${randomUUID().replaceAll('-', '')}`,
      url: this.checkedUrl(fields.url),
      filter: checkedFilter(fields.filter),
      secret,
    });
    return { subscription: subscriptionView(created), secret };
  }

  async list(): Promise<SubscriptionView[]> {
    return (await this.subscriptions.list()).map((subscription) => subscriptionView(subscription));
  }

  async get(id: string): Promise<SubscriptionView & { deliveries: Record<string, number> }> {
    const subscription = await this.found(id);
    return { ...subscriptionView(subscription), deliveries: await this.outbox.countsByStatus(id) };
  }

  /** Changes the URL and/or the filter (which applies to changes recorded from now on). */
  async update(id: string, body: unknown): Promise<SubscriptionView> {
    const fields = objectBody(body);
    if (fields.url === undefined && fields.filter === undefined) throw new BadRequestException('give url and/or filter');
    const changes = {
      ...(fields.url === undefined ? {} : { url: this.checkedUrl(fields.url) }),
      ...(fields.filter === undefined ? {} : { filter: checkedFilter(fields.filter) }),
    };
    return subscriptionView(await this.existing(id, this.subscriptions.update(id, changes)));
  }

  async delete(id: string): Promise<void> {
    if (!(await this.subscriptions.delete(id))) throw notFound(id);
  }

  async pause(id: string): Promise<SubscriptionView> {
    return subscriptionView(await this.existing(id, this.subscriptions.pause(id)));
  }

  /** Delivers again, from where it stopped: what accumulated while paused, or since it was disabled. */
  async resume(id: string): Promise<SubscriptionView> {
    return subscriptionView(await this.existing(id, this.subscriptions.resume(id)));
  }

  /** A new secret, returned once; the previous one keeps signing for `overlapSeconds` (default: configured). */
  async rotateSecret(id: string, body: unknown): Promise<{ secret: string; previousSecretExpiresAt: string }> {
    const { overlapSeconds } = objectBody(body ?? {});
    if (overlapSeconds !== undefined && !(Number.isInteger(overlapSeconds) && (overlapSeconds as number) >= 0 && (overlapSeconds as number) <= MAX_OVERLAP_SECONDS)) {
      throw new BadRequestException(`overlapSeconds must be a whole number from 0 to ${MAX_OVERLAP_SECONDS}`);
    }
    const overlapMs = overlapSeconds === undefined ? this.config.webhooks.rotationOverlapMs : (overlapSeconds as number) * 1_000;
    const secret = generateSigningSecret();
    const expiresAt = new Date(Date.now() + overlapMs);
    await this.existing(id, this.subscriptions.rotateSecret(id, secret, expiresAt));
    return { secret, previousSecretExpiresAt: expiresAt.toISOString() };
  }

  async sendTest(id: string): Promise<TestEventResult> {
    return sendTestEvent(this.client, await this.found(id));
  }

  /** The delivery log, newest first: attempts, status codes, latencies and errors (never response bodies). */
  async deliveries(id: string, limit?: number, before?: number): Promise<{ attempts: DeliveryLogEntry[]; nextCursor: number | null }> {
    await this.found(id);
    const page = await this.attempts.log(id, { limit, before });
    return {
      attempts: page.attempts.map((attempt) => ({
        ...attempt,
        webhookId: webhookIdOf(attempt.outboxId),
        attemptedAt: attempt.attemptedAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** Replays one change (`changeId`) or every matching change detected since `since` (a day or an instant). */
  async replay(id: string, body: unknown): Promise<{ replayed: number }> {
    const { changeId, since } = objectBody(body);
    await this.found(id);
    if (typeof changeId === 'string' && since === undefined) {
      if (!(await this.outbox.replayChange(id, changeId))) throw new NotFoundException(`no change ${changeId}`);
      return { replayed: 1 };
    }
    if (typeof since === 'string' && changeId === undefined) {
      const instant = /^\d{4}-\d{2}-\d{2}$/.test(since) ? new Date(`${since}T00:00:00Z`) : new Date(since);
      if (Number.isNaN(instant.getTime())) throw new BadRequestException(`since must be a day (YYYY-MM-DD) or an ISO instant, got "${since}"`);
      return { replayed: await this.outbox.replaySince(id, instant) };
    }
    throw new BadRequestException('give either changeId or since');
  }

  private checkedUrl(url: unknown): string {
    if (typeof url !== 'string') throw new BadRequestException('url must be a string');
    try {
      return checkWebhookUrl(url, this.config.webhooks).toString();
    } catch (error) {
      if (error instanceof WebhookUrlRefusedError) throw new BadRequestException(error.message);
      throw error;
    }
  }

  private async found(id: string): Promise<WebhookSubscription> {
    return this.existing(id, this.subscriptions.get(id));
  }

  private async existing(id: string, lookup: Promise<WebhookSubscription | null>): Promise<WebhookSubscription> {
    const subscription = await lookup;
    if (subscription === null) throw notFound(id);
    return subscription;
  }
}

function checkedFilter(filter: unknown) {
  try {
    return parseSubscriptionFilter(filter);
  } catch (error) {
    if (error instanceof SubscriptionFilterError) throw new BadRequestException(error.message);
    throw error;
  }
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new BadRequestException('the body must be a JSON object');
  return body as Record<string, unknown>;
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`no subscription ${id}`);
}
