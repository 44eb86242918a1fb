import type { Database } from '@legifeed/db';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../src/config/ingest-config.js';
import { IngestAppModule } from '../../../src/ingest-app.module.js';
import { IngestService } from '../../../src/ingest/ingest.service.js';
import { StorageModule } from '../../../src/storage/storage.module.js';
import { WebhooksModule } from '../../../src/webhooks/webhooks.module.js';
import { DEFAULT_WEBHOOKS_CONFIG, type WebhooksConfig } from '../../../src/webhooks/webhooks-config.js';

/** Ingest jobs are not what these tests drive: their changes come from `recordDump`. */
class UnusedIngestService extends IngestService {
  private unused(): never {
    throw new Error('the webhook tests record changes directly');
  }
  ingestDump = () => this.unused();
  releaseDump = () => this.unused();
  discardDump = () => this.unused();
  refreshSource = () => this.unused();
}

@Module({ providers: [{ provide: IngestService, useClass: UnusedIngestService }], exports: [IngestService] })
class UnusedIngestServiceModule {}

/** Fast schedule, loopback allowed: what the delivery tests run with unless they say otherwise. */
export const TEST_WEBHOOKS_CONFIG: WebhooksConfig = {
  ...DEFAULT_WEBHOOKS_CONFIG,
  allowPrivate: true,
  retry: { scheduleMs: [50, 50, 50, 50, 50, 50, 50], maxRetryAfterMs: 5_000 },
  timeoutMs: 2_000,
  ratePerSecond: 10_000,
  sweepIntervalMs: 50,
  publicBaseUrl: 'https://legifeed.example.org',
};

/**
 * The worker as `legifeed worker` runs it, on `database`: the queue (inline, or BullMQ when `env` names Redis),
 * the job handlers, webhook delivery and its sweep.
 */
export async function bootWebhookWorker(
  database: Database,
  webhooks: WebhooksConfig,
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  @Module({
    imports: [
      StorageModule.forRoot(database),
      IngestAppModule.forRoot({ config: loadConfig(env), takeJobs: true, ingestServiceModule: UnusedIngestServiceModule }),
      WebhooksModule.forRoot(webhooks),
    ],
  })
  class WebhookWorker {}
  return NestFactory.createApplicationContext(WebhookWorker, { logger: false, abortOnError: false });
}

/** Polls until `check` holds, or fails naming what was awaited. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
