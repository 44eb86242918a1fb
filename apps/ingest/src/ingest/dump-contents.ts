import { type ArticleVersion, DumpReadError, type ParseReport, parseDump } from '@legifeed/parser';
import type { JobProgress } from '../jobs/job-queue.js';
import type { FetchedDump } from './dump-source.js';
import type { ProgressThrottle } from './progress-throttle.js';

/** Every version of a dump, and what reading it found (row errors, missing columns). */
export interface DumpContents {
  versions: ArticleVersion[];
  report: ParseReport;
}

const BATCH_SIZE = 500;

/**
 * Reads and normalises the whole dump, reporting rows read after each batch. Errors name the source as asked
 * (the URL), not the temporary copy read.
 */
export async function readDumpContents(dump: FetchedDump, progress: ProgressThrottle): Promise<DumpContents> {
  // The parser calls back synchronously, between batches: reports queue up here and are awaited batch by batch
  // (a failed report surfaces there; marking it handled meanwhile keeps it from crashing the process first).
  let reporting: Promise<void> = Promise.resolve();
  const onProgress = (figures: JobProgress) => {
    reporting = reporting.then(() => progress.update(figures));
    reporting.catch(() => {});
  };
  const parsed = parseDump(dump.path, { batchSize: BATCH_SIZE, onProgress });
  const versions: ArticleVersion[] = [];
  try {
    for await (const batch of parsed.batches()) {
      versions.push(...batch);
      await reporting;
    }
  } catch (error) {
    throw error instanceof DumpReadError && dump.path !== dump.source ? renamed(error, dump.source) : error;
  }
  await reporting;
  const report = parsed.report;
  await progress.finish({ rowsRead: report.rowsRead, totalRows: report.totalRows ?? report.rowsRead });
  if (dump.path === dump.source) return { versions, report };
  const firstRowErrors = report.firstRowErrors.map((rowError) => ({ ...rowError, file: dump.source }));
  return { versions, report: { ...report, file: dump.source, firstRowErrors } };
}

function renamed(error: DumpReadError, source: string): DumpReadError {
  const prefix = `${error.file}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return new DumpReadError(source, message, { cause: error });
}
