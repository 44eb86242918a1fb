import type { ChangeKind, CodeState, DetectionResult } from '../types.js';

/** The kinds that announce a version's wording: that version is never announced again. */
const ANNOUNCING_KINDS: ReadonlySet<ChangeKind> = new Set(['created', 'amended', 'scheduled']);

/** The state storage keeps once a dump is accepted (published, or released by an operator). */
export function acceptedState(previous: CodeState, result: DetectionResult): CodeState {
  const announcedVersionIds = new Set(previous.announcedVersionIds);
  for (const change of result.changes) {
    if (ANNOUNCING_KINDS.has(change.kind) && change.after !== null) announcedVersionIds.add(change.after.id);
  }
  return { articles: result.nextState, previousRowCount: result.rowCount, announcedVersionIds };
}
