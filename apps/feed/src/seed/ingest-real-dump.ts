import { CodeStateRepository, DumpRepository, IngestWriter, type Database, type RecordedDump } from '@legifeed/db';
import { detectChanges, summariseDiff } from '@legifeed/diff';
import { parseDump, type ArticleVersion } from '@legifeed/parser';
import { basename } from 'node:path';

// The pipeline of the ingest side (parse → detect → record), run in-process to fill a database with the changes
// real dumps bring, for this app's tests and benchmark. It is not the ingest service: no queue, no hold handling.

/** Successive CRPA snapshots whose transitions bring created, amended, corrected, repeal_scheduled and repealed changes. */
export const CRPA_SNAPSHOTS = [
  'crpa-2022-07-03T0417.jsonl.gz',
  'crpa-2022-10-22T0448.jsonl.gz',
  'crpa-2022-12-19T0315.jsonl.gz',
  'crpa-2023-01-02T0315.jsonl.gz',
  'crpa-2023-05-16T0334.jsonl.gz',
] as const;

/** Snapshots are named by the instant they were taken: crpa-2023-05-16T0334 was as of 2023-05-16. */
function asOfDay(path: string): string {
  const day = /(\d{4}-\d{2}-\d{2})T\d{4}/.exec(basename(path))?.[1];
  if (day === undefined) throw new Error(`${path}: the file name does not say the day the dump was taken (…YYYY-MM-DDTHHMM…)`);
  return day;
}

/** Parses one dump, compares it with the stored state of its code and records it as accepted. */
export async function ingestRealDump(database: Database, path: string): Promise<RecordedDump> {
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
    changes: detection.changes.map((change) => ({ ...change, summary: change.diff && summariseDiff(change.diff) })),
    technicalCount: detection.technical,
    rowCount: detection.rowCount,
    rowErrorCount: report.rowErrorCount,
    firstRowErrors: report.firstRowErrors,
  });
}

/** Ingests the snapshots in order from `dumpsDir` (the shared dumps' `crpa/` folder). */
export async function ingestRealDumps(database: Database, dumpsDir: string, files: readonly string[] = CRPA_SNAPSHOTS): Promise<RecordedDump[]> {
  const recorded: RecordedDump[] = [];
  for (const file of files) recorded.push(await ingestRealDump(database, `${dumpsDir.replace(/\/$/, '')}/${file}`));
  return recorded;
}
