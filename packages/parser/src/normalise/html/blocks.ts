import type { Line } from './line.js';

/** The normalised structure of an article text, from which its HTML and its alinéas are both rendered. */
export type Block =
  | { kind: 'paragraph'; lines: readonly Line[] }
  | { kind: 'table'; head: TableRow[]; body: TableRow[] }
  | { kind: 'list'; ordered: boolean; items: Array<readonly Line[]> };

export interface TableRow {
  cells: TableCell[];
}

export interface TableCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  lines: readonly Line[];
}

const CELL_SEPARATOR = ' | ';

/** A table row as one alinéa: its cells' texts joined with " | ", empty cells kept ("| | Francs (anciens)"). */
export function rowText(row: TableRow): string {
  return row.cells
    .map((cell) => cell.lines.map((line) => line.text).join(' '))
    .join(CELL_SEPARATOR)
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function isEmptyRow(row: TableRow): boolean {
  return row.cells.every((cell) => cell.lines.length === 0);
}

/** A row flattened into one line, for a table nested where only lines fit (in a cell or a list item). */
export function rowAsLine(row: TableRow): Line {
  return {
    text: rowText(row),
    html: row.cells.map((cell) => cell.lines.map((line) => line.html).join(' ')).join(CELL_SEPARATOR).trim(),
    references: row.cells.flatMap((cell) => cell.lines.flatMap((line) => line.references)),
  };
}

/**
 * The block as lines, one an alinéa: each line of a paragraph, each non-empty table row, each line of a list item.
 */
export function linesOf(block: Block): readonly Line[] {
  switch (block.kind) {
    case 'paragraph':
      return block.lines;
    case 'table':
      return [...block.head, ...block.body].filter((row) => !isEmptyRow(row)).map(rowAsLine);
    case 'list':
      return block.items.flat();
  }
}

/** Whether the block has any line, without making them (a table's are made anew at each `linesOf`). */
export function hasLines(block: Block): boolean {
  switch (block.kind) {
    case 'paragraph':
      return block.lines.length > 0;
    case 'table':
      return block.head.some((row) => !isEmptyRow(row)) || block.body.some((row) => !isEmptyRow(row));
    case 'list':
      return block.items.some((item) => item.length > 0);
  }
}

export function htmlOf(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${linesHtml(block.lines)}</p>`;
    case 'table':
      return `<table>${tableSectionHtml('thead', block.head)}${tableSectionHtml('tbody', block.body)}</table>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${linesHtml(item)}</li>`).join('')}</${tag}>`;
    }
  }
}

function tableSectionHtml(tag: 'thead' | 'tbody', rows: readonly TableRow[]): string {
  const kept = rows.filter((row) => !isEmptyRow(row));
  if (kept.length === 0) return '';
  return `<${tag}>${kept.map((row) => `<tr>${row.cells.map(cellHtml).join('')}</tr>`).join('')}</${tag}>`;
}

function cellHtml(cell: TableCell): string {
  const tag = cell.header ? 'th' : 'td';
  const colspan = cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '';
  const rowspan = cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '';
  return `<${tag}${colspan}${rowspan}>${linesHtml(cell.lines)}</${tag}>`;
}

function linesHtml(lines: readonly Line[]): string {
  return lines.map((line) => line.html).join('<br>');
}
