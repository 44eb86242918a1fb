import {
  type Database,
  WebhookAttemptRepository,
  WebhookOutboxRepository,
  WebhookSubscriptionRepository,
} from '@legifeed/db';
import { ADMIN_TOKENS, AdminTokenGuard, type AdminTokens, WebhookClient, WebhookClientCloser } from '@legifeed/ingest';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { json } from 'express';
import { DATABASE } from '../storage/database.module.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { loadSubscriptionsConfig, SUBSCRIPTIONS_CONFIG, type SubscriptionsConfig } from './subscriptions-config.js';

/** A subscription is a URL and a filter: anything larger is not one. */
const MAX_BODY = '64kb';

const REPOSITORIES = [WebhookSubscriptionRepository, WebhookOutboxRepository, WebhookAttemptRepository] as const;

/** `/api/subscriptions`: webhook subscriptions, their secrets, test events, delivery logs and replays. */
@Module({})
export class SubscriptionsModule implements NestModule {
  /** Reads `LEGIFEED_ADMIN_TOKEN` and the `LEGIFEED_WEBHOOKS_*` variables unless given a configuration. */
  static forRoot(config: SubscriptionsConfig = loadSubscriptionsConfig()): DynamicModule {
    return {
      module: SubscriptionsModule,
      controllers: [SubscriptionsController],
      providers: [
        { provide: SUBSCRIPTIONS_CONFIG, useValue: config },
        { provide: ADMIN_TOKENS, useValue: (() => (config.adminToken === null ? [] : [config.adminToken])) satisfies AdminTokens },
        ...REPOSITORIES.map((repository) => ({
          provide: repository,
          inject: [DATABASE],
          useFactory: (database: Database) => new repository(database),
        })),
        { provide: WebhookClient, useValue: new WebhookClient(config.webhooks) },
        WebhookClientCloser,
        AdminTokenGuard,
        SubscriptionsService,
      ],
    };
  }

  /** Parses JSON bodies for these routes itself: the site around them parses none. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(json({ limit: MAX_BODY })).forRoutes(SubscriptionsController);
  }
}
