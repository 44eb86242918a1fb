import type { Change } from '@legifeed/diff';
import { createHash } from 'node:crypto';

/**
 * A change's id is a digest of what it says (kind, article, versions, section, dates, diff), not of when it was
 * detected: recording the same change again — a re-run dump, a retried job — hits the same id and is a no-op,
 * and feed item ids survive rebuilding the database from the same dumps.
 */
export function changeId(change: Change): string {
  const content: Change = {
    kind: change.kind,
    code: change.code,
    article: change.article,
    section: change.section,
    before: change.before,
    after: change.after,
    effectiveDate: change.effectiveDate,
    diff: change.diff,
    sectionBefore: change.sectionBefore,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 32);
}

/** JSON with object keys sorted, so equal values give equal text whatever order their keys were set in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
