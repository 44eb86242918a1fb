import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { webhookAttempts, webhookOutbox } from '../schema/webhooks.js';
import { runBulkStatement } from '../sql/bulk-statement.js';
import { jsonRecordset } from '../sql/json-recordset.js';

/** One HTTP attempt, as logged: never the response body. */
export interface NewDeliveryAttempt {
  outboxId: number;
  subscriptionId: string;
  /** 1 for the delivery's first attempt. */
  attempt: number;
  attemptedAt: Date;
  /** null when there was no response (refused address, timeout, connection error). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export interface DeliveryAttempt extends NewDeliveryAttempt {
  id: number;
  changeId: string;
  changeSequence: number;
}

export interface DeliveryLogPage {
  attempts: DeliveryAttempt[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: number | null;
}

const ATTEMPT_RECORD_COLUMNS = {
  outbox_id: 'bigint',
  subscription_id: 'text',
  attempt: 'integer',
  attempted_at: 'timestamptz',
  status_code: 'integer',
  latency_ms: 'integer',
  error: 'text',
};

export const MAX_ATTEMPTS_PER_PAGE = 500;

/** The delivery log. */
export class WebhookAttemptRepository {
  constructor(private readonly session: DatabaseSession) {}

  async record(attempts: readonly NewDeliveryAttempt[]): Promise<void> {
    if (attempts.length === 0) return;
    const records = attempts.map((attempt) => ({
      outbox_id: attempt.outboxId,
      subscription_id: attempt.subscriptionId,
      attempt: attempt.attempt,
      attempted_at: attempt.attemptedAt.toISOString(),
      status_code: attempt.statusCode,
      latency_ms: Math.round(attempt.latencyMs),
      error: attempt.error,
    }));
    await runBulkStatement(
      this.session,
      `Logging ${records.length} webhook attempts`,
      sql`
      insert into webhook_attempts (outbox_id, subscription_id, attempt, attempted_at, status_code, latency_ms, error)
      select outbox_id, subscription_id, attempt, attempted_at, status_code, latency_ms, error
      from ${jsonRecordset('incoming', records, ATTEMPT_RECORD_COLUMNS)}`,
    );
  }

  /** A subscription's attempts, newest first. */
  async log(subscriptionId: string, page: { limit?: number; before?: number } = {}): Promise<DeliveryLogPage> {
    const limit = page.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ATTEMPTS_PER_PAGE) {
      throw new RangeError(`limit must be an integer from 1 to ${MAX_ATTEMPTS_PER_PAGE} (got ${limit})`);
    }
    const rows = await this.session.db
      .select({
        id: webhookAttempts.id,
        outboxId: webhookAttempts.outboxId,
        subscriptionId: webhookAttempts.subscriptionId,
        attempt: webhookAttempts.attempt,
        attemptedAt: webhookAttempts.attemptedAt,
        statusCode: webhookAttempts.statusCode,
        latencyMs: webhookAttempts.latencyMs,
        error: webhookAttempts.error,
        changeId: webhookOutbox.changeId,
        changeSequence: webhookOutbox.changeSequence,
      })
      .from(webhookAttempts)
      .innerJoin(webhookOutbox, eq(webhookOutbox.id, webhookAttempts.outboxId))
      .where(
        and(
          eq(webhookAttempts.subscriptionId, subscriptionId),
          page.before === undefined ? undefined : lt(webhookAttempts.id, page.before),
        ),
      )
      .orderBy(desc(webhookAttempts.id))
      .limit(limit + 1);
    const attempts = rows.slice(0, limit).map((row) => ({ ...row, latencyMs: row.latencyMs ?? 0 }));
    return { attempts, nextCursor: rows.length > limit ? attempts.at(-1)!.id : null };
  }
}
