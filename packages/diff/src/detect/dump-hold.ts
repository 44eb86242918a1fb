import { REQUIRED_COLUMNS } from '@legifeed/parser';
import type { DumpHold } from '../types.js';

export const DEFAULT_MAX_ROW_DROP = 0.2;

export interface DumpFacts {
  rowCount: number;
  /** Row count of the last published dump of the code, null for a first ingest. */
  previousRowCount: number | null;
  /** Share of rows that may disappear before the dump is suspect. */
  maxRowDrop?: number;
  /** Columns the dump lacks entirely. */
  missingColumns?: readonly string[];
}

/**
 * Why a dump must not be published as is, or null when it looks sound: no rows (the publisher's fetch failed), a
 * required column missing, or too many rows gone at once (a partial dump would read as mass repeals).
 */
export function dumpHold(facts: DumpFacts): DumpHold | null {
  const { rowCount, previousRowCount, maxRowDrop = DEFAULT_MAX_ROW_DROP, missingColumns = [] } = facts;
  if (rowCount === 0) {
    const before =
      previousRowCount === null ? 'this is the first dump of the code' : `the previous dump had ${previousRowCount}`;
    return { reason: 'empty_dump', detail: `0 rows, ${before}.` };
  }
  const missingRequired = REQUIRED_COLUMNS.filter((column) => missingColumns.includes(column));
  if (missingRequired.length > 0) {
    const columns = `column${missingRequired.length > 1 ? 's' : ''} ${missingRequired.join(', ')}`;
    return { reason: 'missing_columns', detail: `The dump lacks the required ${columns}.` };
  }
  if (previousRowCount !== null && previousRowCount > 0) {
    const drop = (previousRowCount - rowCount) / previousRowCount;
    if (drop > maxRowDrop) {
      return {
        reason: 'row_count_drop',
        detail:
          `${rowCount} rows, the previous dump had ${previousRowCount}: ` +
          `${formatShare(drop)} gone, more than the ${formatShare(maxRowDrop)} allowed.`,
      };
    }
  }
  return null;
}

function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
