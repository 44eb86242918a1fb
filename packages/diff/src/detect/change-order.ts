import { CHANGE_KINDS, type Change } from '../types.js';

const KIND_RANK = new Map(CHANGE_KINDS.map((kind, rank) => [kind, rank]));
const NATURAL = new Intl.Collator('fr', { numeric: true });

/**
 * The order changes are returned in, so that two runs over the same dumps give the same list: by kind (in the
 * order of CHANGE_KINDS), then article number in natural order ("L1-2" before "L1-10"; a section by its path),
 * then cid, then the versions' ids.
 */
export function compareChanges(a: Change, b: Change): number {
  return (
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    NATURAL.compare(placeOf(a), placeOf(b)) ||
    byCodePoint(a.article?.cid ?? a.section.cid ?? '', b.article?.cid ?? b.section.cid ?? '') ||
    byCodePoint(a.before?.id ?? '', b.before?.id ?? '') ||
    byCodePoint(a.after?.id ?? '', b.after?.id ?? '')
  );
}

function placeOf(change: Change): string {
  return change.article?.numKey ?? change.section.path.join(' > ');
}

function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
