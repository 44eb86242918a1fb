import { detectChanges } from '@legifeed/diff';
import { CodeStateRepository, DumpRepository, IngestWriter, type Database, type RecordedDump } from '../../src/index.js';
import { DUMPS_DIR, readVersions } from './real-dumps.js';

export const CRPA_2023_01 = `${DUMPS_DIR}crpa/crpa-2023-01-02T0315.jsonl.gz`;
export const CRPA_2023_05 = `${DUMPS_DIR}crpa/crpa-2023-05-16T0334.jsonl.gz`;

/** Ingests real dumps of one code in order, as the ingest service does: detect against the stored state, write. */
export async function recordDumps(database: Database, paths: readonly string[]): Promise<RecordedDump[]> {
  const recorded: RecordedDump[] = [];
  for (const path of paths) {
    const versions = await readVersions(path);
    const code = versions[0]!.code;
    const asOf = /(\d{4}-\d{2}-\d{2})/.exec(path)![1]!;
    const detection = detectChanges(await new CodeStateRepository(database).load(code.slug), versions, { asOf });
    const dumps = new DumpRepository(database);
    const { id } = await dumps.createQueued({ source: path, asOf });
    await dumps.markRunning(id);
    recorded.push(
      await new IngestWriter(database).recordAcceptedDump({
        dumpId: id,
        code,
        versions,
        nextState: detection.nextState,
        changes: detection.changes,
        technicalCount: detection.technical,
        rowCount: detection.rowCount,
        rowErrorCount: 0,
        firstRowErrors: [],
      }),
    );
  }
  return recorded;
}
