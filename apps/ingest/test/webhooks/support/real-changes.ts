import { CodeStateRepository, DumpRepository, IngestWriter, type Database, type RecordedChange } from '@legifeed/db';
import { detectChanges } from '@legifeed/diff';
import { type ArticleVersion, parseDump } from '@legifeed/parser';
import { DUMPS } from '../../support/real-dumps.js';

export { CSS_2020, CSS_2023 } from '../../support/real-dumps.js';
export const CRPA_2023_01 = `${DUMPS}crpa/crpa-2023-01-02T0315.jsonl.gz`;
export const CRPA_2023_05 = `${DUMPS}crpa/crpa-2023-05-16T0334.jsonl.gz`;
/** Each brings one change or more, after CRPA_2023_05. */
export const LATER_CRPA = [
  'crpa-2023-08-16T0328.jsonl.gz',
  'crpa-2024-01-01T2336.jsonl.gz',
  'crpa-2024-05-07T2312.jsonl.gz',
].map((file) => `${DUMPS}crpa/${file}`);

/**
 * Ingests one real dump as the ingest service does (detect against the stored state, write in one
 * transaction, which also owes the changes to the matching subscriptions) and returns the changes recorded.
 * `keep` trims the detected changes, for tests that need a given number.
 */
export async function recordDump(database: Database, path: string, keep = Infinity): Promise<RecordedChange[]> {
  const versions = await readVersions(path);
  const code = versions[0]!.code;
  const asOf = /(\d{4}-\d{2}-\d{2})/.exec(path)![1]!;
  const detection = detectChanges(await new CodeStateRepository(database).load(code.slug), versions, { asOf });
  const dumps = new DumpRepository(database);
  const { id } = await dumps.createQueued({ source: path, asOf });
  await dumps.markRunning(id);
  const recorded = await new IngestWriter(database).recordAcceptedDump({
    dumpId: id,
    code,
    versions,
    nextState: detection.nextState,
    changes: detection.changes.slice(0, keep),
    technicalCount: detection.technical,
    rowCount: detection.rowCount,
    rowErrorCount: 0,
    firstRowErrors: [],
  });
  return recorded.changes;
}

async function readVersions(path: string): Promise<ArticleVersion[]> {
  const parsed = parseDump(path);
  const versions: ArticleVersion[] = [];
  for await (const batch of parsed.batches()) versions.push(...batch);
  return versions;
}
