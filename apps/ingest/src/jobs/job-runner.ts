import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { collectJobHandlers, type HandlerRegistration } from './job-handler-check.js';
import { discoverableJobHandler } from './job-handler.decorator.js';
import { type JobHandlerOf, type JobHandlers, JobQueue } from './job-queue.js';
import type { JobName } from './jobs.js';

/** Injection token: whether this process runs jobs (see `QueueModuleOptions.takeJobs`). */
export const RUNS_JOBS = Symbol('RunsJobs');

/**
 * At start-up, finds the `@JobHandler` providers and refuses to boot unless every job has exactly one: in
 * `onModuleInit`, before any bootstrap hook opens a connection, so a refused process holds nothing open and
 * exits. Then starts the queue on them. At shutdown it closes the queue, which lets active jobs finish first:
 * it does so before `onApplicationShutdown`, so what the handlers use (database pools) must close in that hook,
 * not earlier.
 */
@Injectable()
export class JobRunner implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private handlers: JobHandlers | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queue: JobQueue,
    @Inject(RUNS_JOBS) private readonly runsJobs: boolean,
  ) {}

  onModuleInit(): void {
    if (!this.runsJobs) return;
    const registrations: HandlerRegistration[] = this.discovery
      .getProviders({ metadataKey: discoverableJobHandler.KEY })
      .map((wrapper) => ({
        name: this.discovery.getMetadataByDecorator(discoverableJobHandler, wrapper) ?? '',
        provider: wrapper.metatype?.name ?? String(wrapper.token),
        instance: wrapper.instance as JobHandlerOf<JobName>,
      }));
    this.handlers = collectJobHandlers(registrations);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.handlers === null) return;
    await this.queue.start(this.handlers);
    this.logger.log('taking jobs', { jobs: Object.keys(this.handlers) });
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log('closing the queue', { signal });
    await this.queue.close();
  }
}
