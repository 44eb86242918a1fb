import { detectChanges, summariseDiff } from '@legifeed/diff';
import { parseDump, type ArticleVersion } from '@legifeed/parser';
import { basename } from 'node:path';
import type { Database } from '../connection/database.js';
import { IngestWriter, type RecordedDump } from '../ingest-writer.js';
import { CodeStateRepository } from '../repositories/code-state-repository.js';
import { DumpRepository } from '../repositories/dump-repository.js';

// The pipeline of the ingest side (parse → detect → record), run in-process to fill a database with the changes
// real dumps bring, for tests and benchmarks. It is not the ingest service: no queue, and a held dump throws.

/** Dumps are named by the day they were taken: crpa-2023-05-16T0334, css-2023-05-14. */
function asOfDay(path: string): string {
  const day = /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1];
  if (day === undefined) throw new Error(`${path}: the file name does not say the day the dump was taken (…YYYY-MM-DD…)`);
  return day;
}

/**
 * Parses one dump, compares it with the stored state of its code and records it as accepted, in one transaction
 * (which also owes its changes to the matching webhook subscriptions). `keep` trims the detected changes, for
 * tests that need a given number.
 */
export async function recordRealDump(database: Database, path: string, options: { keep?: number } = {}): Promise<RecordedDump> {
  const parsed = parseDump(path);
  const versions: ArticleVersion[] = [];
  for await (const batch of parsed.batches()) versions.push(...batch);
  const code = versions[0]?.code;
  if (code === undefined) throw new Error(`${path}: no readable row`);
  const asOf = asOfDay(path);
  const detection = detectChanges(await new CodeStateRepository(database).load(code.slug), versions, { asOf });
  if (detection.hold !== null) throw new Error(`${path}: held (${detection.hold.reason}: ${detection.hold.detail})`);
  const dumps = new DumpRepository(database);
  const dump = await dumps.createQueued({ source: path, code: code.slug, label: basename(path), asOf });
  await dumps.markRunning(dump.id, { code: code.slug });
  const { report } = parsed;
  return new IngestWriter(database).recordAcceptedDump({
    dumpId: dump.id,
    code,
    versions,
    nextState: detection.nextState,
    changes: detection.changes
      .slice(0, options.keep ?? Infinity)
      .map((change) => ({ ...change, summary: change.diff && summariseDiff(change.diff) })),
    technicalCount: detection.technical,
    rowCount: detection.rowCount,
    rowErrorCount: report.rowErrorCount,
    firstRowErrors: report.firstRowErrors,
  });
}

/** Records dumps of one code in order (oldest first), each against the state the previous left. */
export async function recordRealDumps(database: Database, paths: readonly string[]): Promise<RecordedDump[]> {
  const recorded: RecordedDump[] = [];
  for (const path of paths) recorded.push(await recordRealDump(database, path));
  return recorded;
}
