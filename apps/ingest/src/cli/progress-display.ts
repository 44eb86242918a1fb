import type { JobProgress } from '../jobs/job-queue.js';
import type { CliOutput } from './cli-output.js';

const BAR_WIDTH = 30;
/** Without a terminal, one plain line at most this often. */
const PLAIN_LINE_INTERVAL_MS = 2_000;

/** Rows read so far, on stderr: a bar redrawn in place on a terminal, a line now and then otherwise. */
export class ProgressDisplay {
  private lastPlainLineAt = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(
    private readonly output: CliOutput,
    private readonly label: string,
  ) {}

  show({ rowsRead, totalRows }: JobProgress): void {
    const read = rowsRead.toLocaleString('en-US');
    const figures = totalRows === null ? `${read} rows read` : `${read}/${totalRows.toLocaleString('en-US')} rows`;
    if (this.output.interactive) {
      const share = totalRows === null || totalRows === 0 ? null : Math.min(1, rowsRead / totalRows);
      const bar = share === null ? '' : `[${'#'.repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] `;
      process.stderr.write(`\r\x1b[2K${bar}${figures}  ${this.label}`);
      this.drawn = true;
      return;
    }
    const now = performance.now();
    if (rowsRead === 0 || now - this.lastPlainLineAt < PLAIN_LINE_INTERVAL_MS) return;
    this.lastPlainLineAt = now;
    this.output.err(`${this.label}: ${figures}`);
  }

  /** Clears the bar, so what follows starts on a clean line. */
  done(): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }
}
