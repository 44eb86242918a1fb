import type { ChangeKind } from '@legifeed/diff';
import type { ArticleVersion, CodeIdentity, RowError } from '@legifeed/parser';
import type { DatabaseSession } from './connection/database.js';
import type { DumpRun } from './dump-run.js';
import { ArticleVersionRepository } from './repositories/article-version-repository.js';
import { ChangeRepository } from './repositories/change-repository.js';
import { CodeRepository } from './repositories/code-repository.js';
import { CodeStateRepository } from './repositories/code-state-repository.js';
import { DumpRepository } from './repositories/dump-repository.js';
import { SectionRepository } from './repositories/section-repository.js';
import { WebhookOutboxRepository } from './repositories/webhook-outbox-repository.js';
import type { NewChange, RecordedChange } from './stored-change.js';

/** Everything an accepted dump leaves behind. */
export interface AcceptedDump {
  dumpId: number;
  code: CodeIdentity;
  /** Every version the dump holds (duplicates allowed). */
  versions: readonly ArticleVersion[];
  /** The code's new state (DetectionResult.nextState); each of its versions must be in `versions` or stored. */
  nextState: ReadonlyMap<string, readonly ArticleVersion[]>;
  changes: readonly NewChange[];
  technicalCount: number;
  rowCount: number;
  rowErrorCount: number;
  firstRowErrors: readonly RowError[];
}

export interface RecordedDump {
  dump: DumpRun;
  /** The changes recorded now, in order; a change recorded by an earlier run is not repeated. */
  changes: RecordedChange[];
  versionsInserted: number;
  versionsRewritten: number;
}

/** Writes an accepted dump as one unit: after a crash, either all of it is stored or none of it. */
export class IngestWriter {
  constructor(private readonly database: DatabaseSession) {}

  recordAcceptedDump(accepted: AcceptedDump): Promise<RecordedDump> {
    return this.database.transaction(async (tx) => {
      const slug = accepted.code.slug;
      await new CodeRepository(tx).upsert(accepted.code);
      const versions = await new ArticleVersionRepository(tx).upsert(accepted.versions, accepted.dumpId);
      await new SectionRepository(tx).recordSeen(slug, accepted.versions, accepted.dumpId);
      await new CodeStateRepository(tx).replace(slug, accepted.nextState, accepted.dumpId);
      const dump = await new DumpRepository(tx).markCompleted(accepted.dumpId, slug, {
        rowCount: accepted.rowCount,
        rowErrorCount: accepted.rowErrorCount,
        firstRowErrors: accepted.firstRowErrors,
        changeCounts: countByKind(accepted.changes),
        technicalCount: accepted.technicalCount,
      });
      // Last: recording changes takes the change writers' lock, held until this transaction commits.
      const changes = await new ChangeRepository(tx).record(accepted.changes, accepted.dumpId);
      // In the same transaction: no change is announced without its webhook deliveries, none is lost between.
      await new WebhookOutboxRepository(tx).enqueueMatching(changes);
      return { dump, changes, versionsInserted: versions.inserted, versionsRewritten: versions.rewritten };
    });
  }
}

function countByKind(changes: readonly NewChange[]): Partial<Record<ChangeKind, number>> {
  const counts: Partial<Record<ChangeKind, number>> = {};
  for (const { kind } of changes) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
