import type { ArticleVersion } from '@legifeed/parser';
import type { Database } from '../connection/database.js';
import { IngestWriter } from '../ingest-writer.js';
import { DumpRepository } from '../repositories/dump-repository.js';

/** Seconds to write a parsed dump as an accepted dump with no change: versions, references, sections, state. */
export async function timeStoringDump(
  database: Database,
  source: string,
  versions: readonly ArticleVersion[],
): Promise<number> {
  const dumps = new DumpRepository(database);
  const { id } = await dumps.createQueued({ source });
  await dumps.markRunning(id);
  const nextState = new Map<string, ArticleVersion[]>();
  for (const version of versions) nextState.set(version.cid, [...(nextState.get(version.cid) ?? []), version]);
  const started = performance.now();
  await new IngestWriter(database).recordAcceptedDump({
    dumpId: id,
    code: versions[0]!.code,
    versions,
    nextState,
    changes: [],
    technicalCount: 0,
    rowCount: versions.length,
    rowErrorCount: 0,
    firstRowErrors: [],
  });
  return (performance.now() - started) / 1000;
}
