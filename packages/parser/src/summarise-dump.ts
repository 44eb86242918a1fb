import { parseDump, type ParseOptions } from './parse-dump.js';
import type { RowError } from './types.js';

/** What a dump holds, at a glance: the CLI prints it until ingest exists. */
export interface DumpSummary {
  file: string;
  rows: number;
  versions: number;
  /** Versions per code slug. */
  codes: Record<string, number>;
  /** Versions per `etat`, verbatim. */
  states: Record<string, number>;
  rowErrorCount: number;
  firstRowErrors: RowError[];
}

export async function summariseDump(
  source: string,
  options: Pick<ParseOptions, 'keepErrors' | 'onProgress'> = {},
): Promise<DumpSummary> {
  const parsed = parseDump(source, options);
  const codes: Record<string, number> = {};
  const states: Record<string, number> = {};
  for await (const batch of parsed.batches()) {
    for (const version of batch) {
      codes[version.code.slug] = (codes[version.code.slug] ?? 0) + 1;
      states[version.etat] = (states[version.etat] ?? 0) + 1;
    }
  }
  const { file, rowsRead, versions, rowErrorCount, firstRowErrors } = parsed.report;
  return { file, rows: rowsRead, versions, codes, states, rowErrorCount, firstRowErrors };
}

type Alignment = 'left' | 'right';
/** A name, then a count aligned on its units. */
const COUNTS: Alignment[] = ['left', 'right'];

/** The summary as a few aligned text tables, largest counts first. */
export function formatSummary(summary: DumpSummary): string {
  const sections = [
    table(
      ['dump', summary.file],
      [
        ['rows', String(summary.rows)],
        ['versions', String(summary.versions)],
        ['row errors', String(summary.rowErrorCount)],
      ],
    ),
    table(['code', 'versions'], countRows(summary.codes), COUNTS),
    table(['state', 'versions'], countRows(summary.states), COUNTS),
  ];
  if (summary.firstRowErrors.length > 0) {
    const shown = summary.firstRowErrors.map((error) => [`row ${error.row}`, error.field, error.message]);
    sections.push(table([`first ${shown.length} row errors`, 'field', 'message'], shown));
  }
  return `${sections.join('\n\n')}\n`;
}

function countRows(counts: Record<string, number>): string[][] {
  return Object.entries(counts)
    .sort(([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB))
    .map(([name, count]) => [name, String(count)]);
}

/** Columns padded to their widest cell. */
function table(header: string[], rows: string[][], alignments: Alignment[] = []): string {
  const lines = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]?.length ?? 0)));
  const pad = (cell: string, column: number) =>
    alignments[column] === 'right' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0);
  return lines.map((line) => line.map(pad).join('  ').trimEnd()).join('\n');
}
