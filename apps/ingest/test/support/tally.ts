import type { DumpRun } from '@legifeed/db';
import { CHANGE_KINDS } from '@legifeed/diff';

/** A run's change counts as the golden table writes them: "created 1, amended 4", or "none". */
export function tally(run: DumpRun): string {
  const counts = CHANGE_KINDS.map((kind) => [kind, run.changeCounts[kind] ?? 0] as const);
  return (
    counts
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ') || 'none'
  );
}

/** "…/crpa-2020-02-02T0433.jsonl.gz" → "crpa-2020-02-02T0433" */
export function snapshotName(source: string): string {
  return (source.split('/').at(-1) ?? source).replace(/\.jsonl(\.gz)?$|\.parquet$/, '');
}
