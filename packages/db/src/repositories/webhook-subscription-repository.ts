import type { SubscriptionFilter } from '@legifeed/webhooks';
import { asc, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DatabaseSession } from '../connection/database.js';
import { webhookSubscriptions } from '../schema/webhooks.js';

/** active: delivered to; paused: deliveries wait (and accumulate) until resumed; disabled: legifeed gave up. */
export type SubscriptionStatus = 'active' | 'paused' | 'disabled';

export interface WebhookSubscription {
  id: string;
  url: string;
  filter: SubscriptionFilter;
  status: SubscriptionStatus;
  /** Why legifeed disabled it (410, or failing for days); null unless disabled. */
  disabledReason: string | null;
  /** When the current run of failed attempts began; null while deliveries succeed. */
  failingSince: Date | null;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewWebhookSubscription {
  id: string;
  url: string;
  filter: SubscriptionFilter;
  secret: string;
}

const touched = { updatedAt: sql`now()` };

export class WebhookSubscriptionRepository {
  constructor(private readonly session: DatabaseSession) {}

  async create(subscription: NewWebhookSubscription): Promise<WebhookSubscription> {
    const [row] = await this.session.db.insert(webhookSubscriptions).values(subscription).returning();
    return toSubscription(row!);
  }

  async get(id: string): Promise<WebhookSubscription | null> {
    const [row] = await this.session.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    return row === undefined ? null : toSubscription(row);
  }

  async list(): Promise<WebhookSubscription[]> {
    const rows = await this.session.db
      .select()
      .from(webhookSubscriptions)
      .orderBy(asc(webhookSubscriptions.createdAt), asc(webhookSubscriptions.id));
    return rows.map(toSubscription);
  }

  /** Changes the URL and/or the filter; the new filter applies to changes recorded from now on. */
  update(id: string, changes: { url?: string; filter?: SubscriptionFilter }): Promise<WebhookSubscription | null> {
    return this.set(id, { ...changes, ...touched });
  }

  /** Deletes the subscription with its outbox and delivery log. */
  async delete(id: string): Promise<boolean> {
    const rows = await this.session.db
      .delete(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, id))
      .returning({ id: webhookSubscriptions.id });
    return rows.length > 0;
  }

  pause(id: string): Promise<WebhookSubscription | null> {
    return this.set(id, { status: 'paused', ...touched });
  }

  /** Makes a paused or disabled subscription active again, forgetting why it was disabled. */
  resume(id: string): Promise<WebhookSubscription | null> {
    return this.set(id, { status: 'active', disabledReason: null, failingSince: null, ...touched });
  }

  disable(id: string, reason: string): Promise<WebhookSubscription | null> {
    return this.set(id, { status: 'disabled', disabledReason: reason, ...touched });
  }

  /** Signs with `secret` from now on, and still with the current one until `previousExpiresAt`. */
  rotateSecret(id: string, secret: string, previousExpiresAt: Date): Promise<WebhookSubscription | null> {
    return this.set(id, {
      secret,
      previousSecret: sql`${webhookSubscriptions.secret}`,
      previousSecretExpiresAt: previousExpiresAt,
      ...touched,
    });
  }

  /** Notes a failed attempt; returns when the run of failures began (this one, or an earlier one). */
  async recordFailure(id: string, at: Date): Promise<Date | null> {
    const [row] = await this.session.db
      .update(webhookSubscriptions)
      .set({ failingSince: sql`coalesce(${webhookSubscriptions.failingSince}, ${at.toISOString()}::timestamptz)` })
      .where(eq(webhookSubscriptions.id, id))
      .returning({ failingSince: webhookSubscriptions.failingSince });
    return row?.failingSince ?? null;
  }

  async recordSuccess(id: string): Promise<void> {
    await this.session.db
      .update(webhookSubscriptions)
      .set({ failingSince: null })
      .where(sql`${webhookSubscriptions.id} = ${id} and ${webhookSubscriptions.failingSince} is not null`);
  }

  private async set(
    id: string,
    values: PgUpdateSetSource<typeof webhookSubscriptions>,
  ): Promise<WebhookSubscription | null> {
    const [row] = await this.session.db
      .update(webhookSubscriptions)
      .set(values)
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    return row === undefined ? null : toSubscription(row);
  }
}

function toSubscription(row: typeof webhookSubscriptions.$inferSelect): WebhookSubscription {
  return {
    id: row.id,
    url: row.url,
    filter: row.filter,
    status: row.status as SubscriptionStatus,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince,
    secret: row.secret,
    previousSecret: row.previousSecret,
    previousSecretExpiresAt: row.previousSecretExpiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
