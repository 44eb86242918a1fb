import { join } from 'node:path';
import { normaliseRow } from '../../src/normalise/normalise-row.js';
import { readDump } from '../../src/read/open-dump.js';
import { isRowError, type ArticleVersion, type RawRow, type RowError } from '../../src/types.js';
import { DUMPS } from '../read/dumps.js';

export interface NormalisedRow {
  raw: RawRow;
  version: ArticleVersion;
}

export interface NormalisedDump {
  rows: NormalisedRow[];
  errors: RowError[];
}

/** A dump of ../shared/dumps ("crpa/crpa-2020-02-02T0433.jsonl.gz"), read and normalised row by row. */
export async function normaliseDump(file: string): Promise<NormalisedDump> {
  const path = join(DUMPS, file);
  const rows: NormalisedRow[] = [];
  const errors: RowError[] = [];
  for await (const item of readDump(path)) {
    if (item.kind === 'error') {
      errors.push(item);
      continue;
    }
    const version = normaliseRow(item.raw, { file: path, row: item.row });
    if (isRowError(version)) errors.push(version);
    else rows.push({ raw: item.raw, version });
  }
  return { rows, errors };
}

/** The rows of two dumps that hold the same version id, as [before, after]. */
export function sameVersionPairs(before: NormalisedDump, after: NormalisedDump): Array<[NormalisedRow, NormalisedRow]> {
  const afterById = new Map(after.rows.map((row) => [row.version.id, row]));
  return before.rows.flatMap((row) => {
    const later = afterById.get(row.version.id);
    return later ? [[row, later] as [NormalisedRow, NormalisedRow]] : [];
  });
}

/** The pairs whose texteHtml the source rewrote in place. */
export function rewrittenInPlace(pairs: Array<[NormalisedRow, NormalisedRow]>): Array<[NormalisedRow, NormalisedRow]> {
  return pairs.filter(([before, after]) => before.raw.texteHtml !== after.raw.texteHtml);
}

/** Same html, paragraphs and text: the rewrite is invisible. */
export function normalisesAlike(before: ArticleVersion, after: ArticleVersion): boolean {
  return (
    before.html === after.html &&
    before.text === after.text &&
    before.paragraphs.length === after.paragraphs.length &&
    before.paragraphs.every((paragraph, index) => paragraph === after.paragraphs[index])
  );
}
