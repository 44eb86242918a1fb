import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { SubscriptionFilter } from '@legifeed/webhooks';
import { changes } from './changes.js';

// The delivery side (issue 6) owns these tables' behaviour; they live here so that the outbox row of a change
// can be written in the same transaction as the change.

export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  /** Codes, articles, section prefixes, kinds and cited articles to follow (matched by webhook-filter-conditions.ts). */
  filter: jsonb('filter').$type<SubscriptionFilter>().notNull().default(sql`'{}'::jsonb`),
  secret: text('secret').notNull(),
  /** Still signed with during a rotation's overlap. */
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
  /** active | paused | disabled */
  status: text('status').notNull().default('active'),
  disabledReason: text('disabled_reason'),
  failingSince: timestamp('failing_since', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One delivery owed: a change to a subscription. */
export const webhookOutbox = pgTable(
  'webhook_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    changeId: text('change_id')
      .notNull()
      .references(() => changes.id),
    /** The change's sequence, so a subscription's deliveries go out in order without a join. */
    changeSequence: bigint('change_sequence', { mode: 'number' }).notNull(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** pending | delivered | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('webhook_outbox_change_subscription_idx').on(table.changeId, table.subscriptionId),
    index('webhook_outbox_due_idx').on(table.status, table.nextAttemptAt),
    index('webhook_outbox_subscription_idx').on(table.subscriptionId, table.changeSequence),
    // A subscription's next delivery, found without walking past everything it already received.
    index('webhook_outbox_pending_idx')
      .on(table.subscriptionId, table.changeSequence)
      .where(sql`${table.status} = 'pending'`),
  ],
);

/** The delivery log: one row per HTTP attempt, without response bodies. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    outboxId: bigint('outbox_id', { mode: 'number' })
      .notNull()
      .references(() => webhookOutbox.id, { onDelete: 'cascade' }),
    /** Denormalised from the outbox row: the delivery log is read per subscription, newest first. */
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** 1 for the first attempt of the delivery, 2 for its first retry… (a replay starts again at 1). */
    attempt: integer('attempt').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms'),
    error: text('error'),
  },
  (table) => [
    index('webhook_attempts_outbox_idx').on(table.outboxId),
    index('webhook_attempts_subscription_idx').on(table.subscriptionId, table.id),
  ],
);
