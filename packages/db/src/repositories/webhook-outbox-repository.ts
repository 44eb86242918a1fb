import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { changes } from '../schema/changes.js';
import { codes } from '../schema/codes.js';
import { dumps } from '../schema/dumps.js';
import { webhookOutbox } from '../schema/webhooks.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import { jsonRecordset } from '../sql/json-recordset.js';
import { queryRows } from '../sql/query-rows.js';
import type { RecordedChange, StoredChange } from '../stored-change.js';
import { subscriptionMatchesChange } from './webhook-filter-conditions.js';
import { WebhookAttemptRepository, type NewDeliveryAttempt } from './webhook-attempt-repository.js';

/** One delivery owed, with what its payload says. */
export interface PendingDelivery {
  outboxId: number;
  /** Attempts made so far (since the last replay). */
  attempts: number;
  nextAttemptAt: Date;
  /** The change, without its diff (receivers fetch it by URL). */
  change: Omit<StoredChange, 'diff'>;
  codeTitle: string;
  /** The as-of day of the dump the change was found in, when the run knew it. */
  dumpAsOf: string | null;
}

/** What became of a delivery after an attempt. */
export type DeliveryState =
  | { status: 'delivered' }
  | { status: 'pending'; nextAttemptAt: Date }
  /** The retry schedule is exhausted. */
  | { status: 'failed' };

export interface DeliverySettlement {
  attempt: NewDeliveryAttempt;
  state: DeliveryState;
}

/** What a delivery needs of its change: all but the diff (receivers fetch it by URL) and the search vector. */
const { diff: _diff, search: _search, ...changeColumns } = getTableColumns(changes);

const SETTLEMENT_COLUMNS = { outbox_id: 'bigint', status: 'text', attempts: 'integer', next_attempt_at: 'timestamptz', attempted_at: 'timestamptz' };

/** The deliveries owed to subscriptions, one row per (change, subscription), and their progress. */
export class WebhookOutboxRepository {
  constructor(private readonly session: DatabaseSession) {}

  /**
   * Owes every recorded change to each subscription (active or paused) whose filter it matches. Called in the
   * transaction that records the changes, so a change is never announced without its deliveries.
   */
  async enqueueMatching(recorded: readonly RecordedChange[]): Promise<number> {
    if (recorded.length === 0) return 0;
    // The changes of one call hold consecutive sequences: writers of changes take turns (see ChangeRepository).
    let [first, last] = [Infinity, -Infinity];
    for (const { sequence } of recorded) [first, last] = [Math.min(first, sequence), Math.max(last, sequence)];
    const rows = await runBulkStatement<{ id: number }>(
      this.session,
      `Owing ${recorded.length} changes to the webhook subscriptions that follow them`,
      this.insertMatching(sql`c.sequence between ${first} and ${last} and s.status <> 'disabled'`, false),
    );
    return rows.length;
  }

  /**
   * Delivers again every change matching the subscription's filter detected since `since`, the ones already
   * delivered included: they start a fresh run of attempts, under the same webhook id.
   */
  async replaySince(subscriptionId: string, since: Date): Promise<number> {
    const rows = await queryRows<{ id: number }>(
      this.session,
      this.insertMatching(sql`s.id = ${subscriptionId} and c.detected_at >= ${since.toISOString()}::timestamptz`, true),
    );
    return rows.length;
  }

  /** Delivers one change again (whatever the filter says); false when there is no such change or subscription. */
  async replayChange(subscriptionId: string, changeId: string): Promise<boolean> {
    const rows = await queryRows<{ id: number }>(
      this.session,
      sql`
      insert into webhook_outbox (change_id, change_sequence, subscription_id)
      select c.id, c.sequence, s.id from changes c, webhook_subscriptions s
      where c.id = ${changeId} and s.id = ${subscriptionId}
      on conflict (change_id, subscription_id) do update
        set status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = null
      returning id`,
    );
    return rows.length > 0;
  }

  /**
   * Active subscriptions whose next delivery is due: the first pending one in sequence order, since a
   * subscription's deliveries wait behind the one being retried.
   */
  async dueSubscriptionIds(now: Date): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.session,
      sql`
      select s.id from webhook_subscriptions s
      cross join lateral (
        select o.next_attempt_at from webhook_outbox o
        where o.subscription_id = s.id and o.status = 'pending'
        order by o.change_sequence limit 1) head
      where s.status = 'active' and head.next_attempt_at <= ${now.toISOString()}::timestamptz
      order by s.id`,
    );
    return rows.map((row) => row.id);
  }

  /** The subscription's next pending deliveries, in sequence order. */
  async nextPending(subscriptionId: string, limit: number): Promise<PendingDelivery[]> {
    const rows = await this.session.db
      .select({
        outboxId: webhookOutbox.id,
        attempts: webhookOutbox.attempts,
        nextAttemptAt: webhookOutbox.nextAttemptAt,
        codeTitle: codes.title,
        dumpAsOf: dumps.asOf,
        ...changeColumns,
      })
      .from(webhookOutbox)
      .innerJoin(changes, eq(changes.id, webhookOutbox.changeId))
      .innerJoin(codes, eq(codes.slug, changes.code))
      .innerJoin(dumps, eq(dumps.id, changes.detectedDumpId))
      .where(and(eq(webhookOutbox.subscriptionId, subscriptionId), eq(webhookOutbox.status, 'pending')))
      .orderBy(asc(webhookOutbox.changeSequence))
      .limit(limit);
    return rows.map((row) => ({
      outboxId: row.outboxId,
      attempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt,
      codeTitle: row.codeTitle,
      dumpAsOf: row.dumpAsOf,
      change: {
        id: row.id,
        sequence: row.sequence,
        kind: row.kind,
        code: row.code,
        article: row.cid === null ? null : { cid: row.cid, num: row.num ?? '', numKey: row.numKey ?? '' },
        section: { cid: row.sectionCid, path: row.sectionPath },
        sectionBefore: row.sectionBefore,
        before: row.before,
        after: row.after,
        effectiveDate: row.effectiveDate,
        summary: row.summary,
        detectedDumpId: row.detectedDumpId,
        detectedAt: row.detectedAt,
      },
    }));
  }

  /** Logs the attempts and moves their deliveries on, in one transaction. */
  settle(settlements: readonly DeliverySettlement[]): Promise<void> {
    if (settlements.length === 0) return Promise.resolve();
    return this.session.transaction(async (tx) => {
      await new WebhookAttemptRepository(tx).record(settlements.map((settlement) => settlement.attempt));
      const records = settlements.map(({ attempt, state }) => ({
        outbox_id: attempt.outboxId,
        status: state.status,
        attempts: attempt.attempt,
        next_attempt_at: state.status === 'pending' ? state.nextAttemptAt.toISOString() : null,
        attempted_at: attempt.attemptedAt.toISOString(),
      }));
      await runBulkStatement(
        tx,
        `Settling ${records.length} webhook deliveries`,
        sql`
        update webhook_outbox o
        set status = i.status,
            attempts = i.attempts,
            next_attempt_at = coalesce(i.next_attempt_at, o.next_attempt_at),
            delivered_at = case when i.status = 'delivered' then i.attempted_at else o.delivered_at end
        from ${jsonRecordset('i', records, SETTLEMENT_COLUMNS)}
        where o.id = i.outbox_id`,
      );
    });
  }

  /** Counts of a subscription's deliveries by status. */
  async countsByStatus(subscriptionId: string): Promise<Record<string, number>> {
    const rows = await this.session.db
      .select({ status: webhookOutbox.status, count: sql<number>`count(*)::integer` })
      .from(webhookOutbox)
      .where(eq(webhookOutbox.subscriptionId, subscriptionId))
      .groupBy(webhookOutbox.status);
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  }

  private insertMatching(scope: SQL, restart: boolean): SQL {
    const onConflict = restart
      ? sql`do update set status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = null`
      : sql`do nothing`;
    return sql`
      insert into webhook_outbox (change_id, change_sequence, subscription_id)
      select c.id, c.sequence, s.id
      from changes c cross join webhook_subscriptions s
      where ${scope} and ${subscriptionMatchesChange()}
      order by s.id, c.sequence
      on conflict (change_id, subscription_id) ${onConflict}
      returning id`;
  }
}
