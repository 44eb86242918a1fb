import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { json } from 'express';
import { DumpIngestModule } from '../ingest/dump-ingest.module.js';
import { INGEST_CONFIG } from '../config/config.module.js';
import { ADMIN_TOKENS, AdminTokenGuard } from './admin-token.guard.js';
import { DumpsController } from './dumps.controller.js';
import { IngestController } from './ingest.controller.js';
import { adminTokensOf, LocalAdminToken } from './local-admin-token.js';

/** An ingest request lists a few sources: anything larger is not one. */
const MAX_BODY = '64kb';

/**
 * `POST /api/ingest`, `GET /api/dumps`, `GET /api/dumps/:id`, `POST /api/dumps/:id/release|discard` (Express).
 * Mount it in an HTTP application beside `DumpIngestAppModule`; on embedded storage, announce the port once
 * listening (`database.embeddedLock.announceHttpPort(port)`) so that `legifeed ingest` hands its dumps to this
 * process.
 */
@Module({
  imports: [DumpIngestModule],
  controllers: [IngestController, DumpsController],
  providers: [
    LocalAdminToken,
    { provide: ADMIN_TOKENS, inject: [INGEST_CONFIG, LocalAdminToken], useFactory: adminTokensOf },
    AdminTokenGuard,
  ],
})
export class IngestHttpModule implements NestModule {
  /** Parses JSON bodies for these routes itself: the application around them may parse none (a read-only site). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(json({ limit: MAX_BODY })).forRoutes(IngestController, DumpsController);
  }
}
