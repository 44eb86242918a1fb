import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../jobs/job-queue.js';
import { ProgressThrottle } from './progress-throttle.js';

describe('ProgressThrottle', () => {
  it('passes one report per interval on, and always the final one', async () => {
    let now = 0;
    const reported: JobProgress[] = [];
    const throttle = new ProgressThrottle(async (progress) => void reported.push(progress), 250, () => now);
    for (const rowsRead of [500, 1000, 1500]) {
      await throttle.update({ rowsRead, totalRows: null });
      now += 100;
    }
    await throttle.update({ rowsRead: 2000, totalRows: null });
    await throttle.finish({ rowsRead: 2100, totalRows: 2100 });
    // 500 at 0 ms; 1000 and 1500 within 250 ms of it; 2000 at 300 ms; the final figure whatever the time.
    expect(reported.map((progress) => progress.rowsRead)).toEqual([500, 2000, 2100]);
  });
});
