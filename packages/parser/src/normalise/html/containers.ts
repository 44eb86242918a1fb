import type { TableCell, TableRow } from './blocks.js';
import { spanOf } from './elements.js';
import type { Line } from './line.js';
import type { LineFlow } from './line-flow.js';
import { attributeOf } from './tokenizer.js';

/** A table being read: its rows, in head and body, and the cell open now. */
export class TableBuilder {
  readonly kind = 'table';
  private readonly head: TableRow[] = [];
  private readonly body: TableRow[] = [];
  private inHead = false;
  private row: TableCell[] | null = null;
  private cell: { header: boolean; colspan: number; rowspan: number; flow: LineFlow } | null = null;

  constructor(private readonly newFlow: () => LineFlow) {}

  startSection(name: string): void {
    this.endRow();
    this.inHead = name === 'thead';
  }

  startRow(): void {
    this.endRow();
    this.row = [];
  }

  startCell(header: boolean, attributes: string): void {
    this.endCell();
    if (!this.row) this.startRow();
    const colspan = spanOf(attributeOf(attributes, 'colspan'));
    const rowspan = spanOf(attributeOf(attributes, 'rowspan'));
    this.cell = { header, colspan, rowspan, flow: this.newFlow() };
  }

  endCell(): void {
    if (!this.cell) return;
    const { header, colspan, rowspan, flow } = this.cell;
    this.row?.push({ header, colspan, rowspan, lines: flow.takeLines() });
    this.cell = null;
  }

  endRow(): void {
    this.endCell();
    if (this.row) (this.inHead ? this.head : this.body).push({ cells: this.row });
    this.row = null;
  }

  /** Where text goes; text between cells (the source's stray text) gets a cell of its own. */
  flow(): LineFlow {
    if (!this.cell) this.startCell(false, '');
    return (this.cell as { flow: LineFlow }).flow;
  }

  hasOpen(): boolean {
    return this.cell !== null;
  }

  finish(): { head: TableRow[]; body: TableRow[] } {
    this.endRow();
    return { head: this.head, body: this.body };
  }
}

/** A list being read: its items, and the item open now. */
export class ListBuilder {
  readonly kind = 'list';
  private readonly items: Array<readonly Line[]> = [];
  private item: LineFlow | null = null;

  constructor(
    readonly ordered: boolean,
    private readonly newFlow: () => LineFlow,
  ) {}

  startItem(): void {
    this.endItem();
    this.item = this.newFlow();
  }

  endItem(): void {
    if (!this.item) return;
    const lines = this.item.takeLines();
    if (lines.length > 0) this.items.push(lines);
    this.item = null;
  }

  flow(): LineFlow {
    if (!this.item) this.startItem();
    return this.item as LineFlow;
  }

  hasOpen(): boolean {
    return this.item !== null;
  }

  finish(): Array<readonly Line[]> {
    this.endItem();
    return this.items;
  }
}
