import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { INGEST_CONFIG } from '../config/config.module.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import { JobRunner, RUNS_JOBS } from '../jobs/job-runner.js';
import { BullMqQueueAdapter } from './bullmq-queue.adapter.js';
import { InlineQueueAdapter } from './inline-queue.adapter.js';

export interface QueueModuleOptions {
  /**
   * With Redis, whether this process takes jobs: the worker does, a CLI or web process that only enqueues
   * does not. Without Redis the inline queue always runs its jobs in this process.
   */
  takeJobs: boolean;
}

/** How soon a BullMQ job waiting for its group's turn looks again. */
const GROUP_RETRY_DELAY_MS = 1_000;

/** Provides `JobQueue`: BullMQ when `REDIS_URL` is set, inline otherwise. */
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        {
          provide: JobQueue,
          inject: [INGEST_CONFIG],
          useFactory: (config: IngestConfig): JobQueue => {
            const logger = new Logger(JobQueue.name);
            const { queue } = config;
            return config.redisUrl === null
              ? new InlineQueueAdapter({ shutdownTimeoutMs: queue.shutdownTimeoutMs, logger })
              : new BullMqQueueAdapter({
                  redisUrl: config.redisUrl,
                  prefix: queue.prefix,
                  concurrency: queue.concurrency,
                  lockDurationMs: queue.lockDurationMs,
                  stalledIntervalMs: queue.stalledIntervalMs,
                  shutdownTimeoutMs: queue.shutdownTimeoutMs,
                  groupRetryDelayMs: GROUP_RETRY_DELAY_MS,
                  logger,
                });
          },
        },
        {
          provide: RUNS_JOBS,
          inject: [INGEST_CONFIG],
          useFactory: (config: IngestConfig): boolean => options.takeJobs || config.redisUrl === null,
        },
        JobRunner,
      ],
      exports: [JobQueue, RUNS_JOBS],
    };
  }
}
