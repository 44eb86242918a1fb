import type { LoggerService } from '@nestjs/common';

/**
 * The CLI prints its own reports: of the app's logs, only errors reach the person, on stderr, as one line
 * each (a failing run is in the report already).
 */
export const stderrLogger: LoggerService = {
  log() {},
  warn() {},
  error(message: unknown, ...details: unknown[]) {
    const context = details.filter((detail) => typeof detail !== 'string' || !/^\w+$/.test(detail));
    process.stderr.write(`${String(message)}${context.length > 0 ? ` ${JSON.stringify(context)}` : ''}\n`);
  },
};
