import {
  type Database,
  WebhookOutboxRepository,
  WebhookSubscriptionRepository,
} from '@legifeed/db';
import { type DynamicModule, Module } from '@nestjs/common';
import { DATABASE } from '../storage/storage.module.js';
import { DeliveryRateLimiter } from './delivery-rate-limiter.js';
import { WebhookClient } from './webhook-client.js';
import { WebhookClientCloser } from './webhook-client-closer.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookSweepSchedule } from './webhook-sweep-schedule.js';
import { WEBHOOK_PROCESSORS } from './webhooks.processors.js';
import { WEBHOOKS_CONFIG } from './webhooks.tokens.js';
import type { WebhooksConfig } from './webhooks-config.js';

/**
 * Webhook delivery: the `webhooks.dispatch` and `webhooks.deliver` handlers, the service behind them and the
 * sweep schedule, over the storage of the global `StorageModule` and the queue of `QueueModule`.
 */
@Module({})
export class WebhooksModule {
  static forRoot(config: WebhooksConfig): DynamicModule {
    return {
      module: WebhooksModule,
      providers: [
        { provide: WEBHOOKS_CONFIG, useValue: config },
        {
          provide: WebhookSubscriptionRepository,
          inject: [DATABASE],
          useFactory: (database: Database) => new WebhookSubscriptionRepository(database),
        },
        {
          provide: WebhookOutboxRepository,
          inject: [DATABASE],
          useFactory: (database: Database) => new WebhookOutboxRepository(database),
        },
        { provide: WebhookClient, useValue: new WebhookClient(config) },
        { provide: DeliveryRateLimiter, useValue: new DeliveryRateLimiter(config.ratePerSecond) },
        WebhookDeliveryService,
        WebhookClientCloser,
        WebhookSweepSchedule,
        ...WEBHOOK_PROCESSORS,
      ],
      exports: [WebhookDeliveryService],
    };
  }
}
