export * from './jobs/jobs.js';
export { jobOptionsFor, jobIdFor, type JobOptions, type Retention } from './jobs/job-options.js';
export * from './jobs/job-queue.js';
export { JobHandler } from './jobs/job-handler.decorator.js';
export { JobHandlerSetupError } from './jobs/job-handler-check.js';
export { RUNS_JOBS } from './jobs/job-runner.js';
export { BullMqQueueAdapter, type BullMqQueueOptions } from './queue/bullmq-queue.adapter.js';
export { InlineQueueAdapter, type InlineQueueOptions } from './queue/inline-queue.adapter.js';
export { QueueModule, type QueueModuleOptions } from './queue/queue.module.js';
export * from './config/ingest-config.js';
export { ConfigModule, INGEST_CONFIG } from './config/config.module.js';
export { IngestService, type ReportProgress, type RunJob } from './ingest/ingest.service.js';
export { IngestModule } from './ingest/ingest.module.js';
export { IngestAppModule, type IngestAppOptions } from './ingest-app.module.js';
export { startWorker } from './worker.js';
export { DumpIngestAppModule, type DumpIngestAppOptions } from './dump-ingest-app.module.js';
export { DATABASE, StorageModule } from './storage/storage.module.js';
export { databaseConfigOf } from './storage/database-config.js';
export { DumpIngestModule } from './ingest/dump-ingest.module.js';
export { DumpIngestService } from './ingest/dump-ingest.service.js';
export { DumpSource, type FetchedDump } from './ingest/dump-source.js';
export { IngestRequests, IngestRequestError, UnknownRunError, type IngestRequest } from './ingest/ingest-requests.js';
export { runReportOf, SETTLED_STATUSES, type RunReport } from './ingest/run-report.js';
export { IngestHttpModule } from './http/ingest-http.module.js';
export type { QueuedRun } from './http/ingest.controller.js';
export { WebhooksModule } from './webhooks/webhooks.module.js';
export { WebhookClient, type WebhookClientOptions } from './webhooks/webhook-client.js';
export { sendTestEvent, type TestEventResult } from './webhooks/webhook-test-event.js';
export {
  DEFAULT_WEBHOOKS_CONFIG,
  loadWebhooksConfig,
  WebhooksConfigError,
  type WebhooksConfig,
} from './webhooks/webhooks-config.js';
export { webhookIdOf } from './webhooks/webhook-message.js';
export { ADMIN_TOKENS, AdminTokenGuard, type AdminTokens } from './http/admin-token.guard.js';
export { WebhookClientCloser } from './webhooks/webhook-client-closer.js';
