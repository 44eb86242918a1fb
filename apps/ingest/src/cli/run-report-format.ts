import type { RunReport } from '../ingest/run-report.js';

/** One run, as `legifeed ingest` prints it when it settles. */
export function formatRunReport(report: RunReport): string {
  const lines: [string, string][] = [
    ['source', report.source],
    ['code', report.code ?? '(unknown)'],
    ['as of', report.asOf ?? '(unknown)'],
    ['status', statusLine(report)],
  ];
  if (report.label !== null) lines.splice(3, 0, ['label', report.label]);
  if (report.status !== 'failed') {
    const rows = count(report.rowCount ?? report.progress.rowsRead);
    lines.push(['rows', `${rows} read, ${count(report.rowErrors.count)} row errors`]);
    lines.push(['changes', changesLine(report)]);
    const technical = `${count(report.technical)} articles rewritten in place without a legal change (not published)`;
    lines.push(['technical', technical]);
  }
  if (report.error !== null) lines.push(['error', report.error]);
  lines.push(['duration', durationLine(report)]);
  const rowErrors = report.rowErrors.first.map((error) => `    row ${error.row}  ${error.field}: ${error.message}`);
  if (rowErrors.length > 0) {
    const { count: total } = report.rowErrors;
    const shown = rowErrors.length < total ? `first ${rowErrors.length} of ${total}` : 'all';
    rowErrors.unshift(`  row errors (${shown}):`);
  }
  return [`dump run ${report.id}`, ...table(lines), ...rowErrors, ''].join('\n');
}

/** `legifeed dumps`: one line per run, newest first. */
export function formatRunList(reports: readonly RunReport[]): string {
  if (reports.length === 0) return 'No dump runs yet.\n';
  const header = ['id', 'status', 'as of', 'code', 'rows', 'changes', 'technical', 'row errors', 'source'];
  const rows = reports.map((report) => [
    String(report.id),
    report.status,
    report.asOf ?? '',
    report.code ?? '',
    report.rowCount === null ? '' : String(report.rowCount),
    String(report.changeTotal),
    String(report.technical),
    String(report.rowErrors.count),
    report.source,
  ]);
  const numeric = new Set([0, 4, 5, 6, 7]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

function statusLine(report: RunReport): string {
  if (report.status === 'held' && report.hold !== null) {
    return (
      `held (${report.hold.reason}): ${report.hold.detail} Nothing was published. ` +
      `Check the dump, then \`legifeed release ${report.id}\` or \`legifeed discard ${report.id}\`.`
    );
  }
  return report.status;
}

function changesLine(report: RunReport): string {
  const kinds = Object.entries(report.changes).map(([kind, n]) => `${kind} ${n}`);
  return kinds.length === 0 ? '0' : `${count(report.changeTotal)} (${kinds.join(', ')})`;
}

function durationLine(report: RunReport): string {
  if (report.durationMs === null) return '-';
  const waited = report.waitedMs !== null && report.waitedMs >= 100 ? ` (after ${seconds(report.waitedMs)} queued)` : '';
  return `${seconds(report.durationMs)}${waited}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function table(lines: readonly [string, string][]): string[] {
  const width = Math.max(...lines.map(([name]) => name.length));
  return lines.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`);
}
