import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import { RUNS_JOBS } from '../jobs/job-runner.js';
import { WEBHOOKS_CONFIG } from './webhooks.tokens.js';
import type { WebhooksConfig } from './webhooks-config.js';

const SWEEP_SCHEDULE_ID = 'webhooks-sweep';

/**
 * Runs `webhooks.dispatch` every `sweepIntervalMs`: it starts retries when they fall due, and delivers what a
 * process left behind when it died between committing changes and enqueueing their dispatch. Idempotent, so
 * every worker sets it at start-up.
 */
@Injectable()
export class WebhookSweepSchedule implements OnApplicationBootstrap {
  constructor(
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
    private readonly queue: JobQueue,
    @Inject(RUNS_JOBS) private readonly runsJobs: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runsJobs) return;
    await this.queue.schedule(SWEEP_SCHEDULE_ID, { everyMs: this.config.sweepIntervalMs }, 'webhooks.dispatch', {});
  }
}
