import type { JobProgress } from '../jobs/job-queue.js';

/**
 * Passes progress on at most once per interval (each report is a database update and a Redis event), and
 * always passes the final figure.
 */
export class ProgressThrottle {
  private lastReportAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly report: (progress: JobProgress) => Promise<void>,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async update(progress: JobProgress): Promise<void> {
    if (this.now() - this.lastReportAt < this.intervalMs) return;
    await this.finish(progress);
  }

  async finish(progress: JobProgress): Promise<void> {
    this.lastReportAt = this.now();
    await this.report(progress);
  }
}
