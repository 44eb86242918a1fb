import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { INGEST_CONFIG } from '../config/config.module.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import { RUNS_JOBS } from '../jobs/job-runner.js';

const SCHEDULE_PREFIX = 'refresh-source/';

/**
 * Keeps one `ingest.refresh-source` schedule per configured source, and removes the schedules of sources no
 * longer configured. Idempotent, so every worker does it at start-up.
 */
@Injectable()
export class SourceRefreshSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SourceRefreshSchedule.name);

  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    private readonly queue: JobQueue,
    @Inject(RUNS_JOBS) private readonly runsJobs: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runsJobs) return;
    const wanted = new Map(this.config.sources.map((source) => [`${SCHEDULE_PREFIX}${source.code}`, source.code]));
    for (const scheduleId of await this.queue.scheduleIds()) {
      if (scheduleId.startsWith(SCHEDULE_PREFIX) && !wanted.has(scheduleId)) await this.queue.unschedule(scheduleId);
    }
    for (const [scheduleId, code] of wanted) {
      await this.queue.schedule(scheduleId, { cron: this.config.refreshCron }, 'ingest.refresh-source', { code });
    }
    if (wanted.size > 0) {
      this.logger.log('sources scheduled', { cron: this.config.refreshCron, codes: [...wanted.values()] });
    }
  }
}
