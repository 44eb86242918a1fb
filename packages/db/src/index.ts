export { databaseConfigFromEnv, DEFAULT_DATA_DIR, type DatabaseConfig } from './config.js';
export { createDatabase } from './connection/create-database.js';
export type { Database, DatabaseKind, DatabaseSession, Drizzle } from './connection/database.js';
export {
  EmbeddedDatabaseLockedError,
  EmbeddedLock,
  acquireEmbeddedLock,
  embeddedLockPath,
  readEmbeddedOwner,
  type EmbeddedOwner,
} from './connection/embedded-lock.js';
export { MIGRATIONS_FOLDER } from './connection/migrations.js';
export { changeId } from './change-id.js';
export { FIRST_ROW_ERRORS_KEPT, type DumpOutcome, type DumpRun, type DumpStatus, type NewDumpRun } from './dump-run.js';
export { IngestWriter, type AcceptedDump, type RecordedDump } from './ingest-writer.js';
export {
  MAX_CHANGES_PER_PAGE,
  type ChangeFilter,
  type ChangePage,
  type NewChange,
  type RecordedChange,
  type StoredChange,
} from './stored-change.js';
export { ArticleVersionRepository, type VersionWriteResult } from './repositories/article-version-repository.js';
export type { StoredArticleVersion } from './repositories/article-version-rows.js';
export { ChangeRepository } from './repositories/change-repository.js';
export { CodeRepository, type StoredCode } from './repositories/code-repository.js';
export { CodeStateRepository } from './repositories/code-state-repository.js';
export { DumpRepository } from './repositories/dump-repository.js';
export { ReferenceRepository, type CitingArticle } from './repositories/reference-repository.js';
export { SectionRepository, type StoredSection } from './repositories/section-repository.js';
// The tables, for apps that query with Drizzle directly (e.g. the webhook delivery side).
export { articleReferences } from './schema/article-references.js';
export { articleVersionRevisions, articleVersions } from './schema/article-versions.js';
export { changes } from './schema/changes.js';
export { codeState } from './schema/code-state.js';
export { codes } from './schema/codes.js';
export { DUMP_STATUSES, dumps } from './schema/dumps.js';
export { sections } from './schema/sections.js';
export { webhookAttempts, webhookOutbox, webhookSubscriptions } from './schema/webhooks.js';
export {
  WebhookSubscriptionRepository,
  type NewWebhookSubscription,
  type SubscriptionStatus,
  type WebhookSubscription,
} from './repositories/webhook-subscription-repository.js';
export {
  WebhookOutboxRepository,
  type DeliverySettlement,
  type DeliveryState,
  type PendingDelivery,
} from './repositories/webhook-outbox-repository.js';
export {
  MAX_ATTEMPTS_PER_PAGE,
  WebhookAttemptRepository,
  type DeliveryAttempt,
  type DeliveryLogPage,
  type NewDeliveryAttempt,
} from './repositories/webhook-attempt-repository.js';
