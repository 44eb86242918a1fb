import type { CitationContext } from '../references.js';
import { hasLines, linesOf, type Block } from './blocks.js';
import { ListBuilder, TableBuilder } from './containers.js';
import { MARKS, roleOf } from './elements.js';
import { LineFlow } from './line-flow.js';
import type { Mark } from './markup.js';
import type { HtmlHandler } from './tokenizer.js';

/**
 * Builds the normalised blocks from the source's HTML in one pass over its tokens: no DOM is built.
 * Tables and lists at the top level stay tables and lists; nested in a cell or an item they become its lines.
 */
export class BlockBuilder implements HtmlHandler {
  private readonly blocks: Block[] = [];
  private readonly openMarks: Mark[] = [];
  private readonly containers: Array<TableBuilder | ListBuilder> = [];
  private readonly document: LineFlow;
  private hiddenDepth = 0;

  constructor(private readonly context: CitationContext) {
    this.document = this.newFlow();
  }

  onopentag(name: string, attributes: string): void {
    const role = roleOf(name);
    if (this.hiddenDepth > 0 || role === 'hidden') {
      if (role === 'hidden') this.hiddenDepth += 1;
      return;
    }
    const container = this.innermost();
    switch (role) {
      case 'block':
        return this.endParagraph();
      case 'break':
        return this.openFlow()?.breakLine();
      case 'mark': {
        const mark = MARKS[name] as Mark;
        this.openFlow()?.mark('open', mark);
        this.openMarks.push(mark);
        return;
      }
      case 'table':
        this.endParagraph();
        this.containers.push(new TableBuilder(() => this.newFlow()));
        return;
      case 'list':
        this.endParagraph();
        this.containers.push(new ListBuilder(name === 'ol', () => this.newFlow()));
        return;
      case 'section':
        if (container?.kind === 'table') container.startSection(name);
        return;
      case 'row':
        if (container?.kind === 'table') container.startRow();
        else this.endParagraph();
        return;
      case 'cell':
        if (container?.kind === 'table') container.startCell(name === 'th', attributes);
        else this.endParagraph();
        return;
      case 'item':
        if (container?.kind === 'list') container.startItem();
        else this.endParagraph();
        return;
    }
  }

  onclosetag(name: string): void {
    const role = roleOf(name);
    if (this.hiddenDepth > 0) {
      if (role === 'hidden') this.hiddenDepth -= 1;
      return;
    }
    const container = this.innermost();
    switch (role) {
      case 'block':
        return this.endParagraph();
      case 'mark': {
        const mark = MARKS[name] as Mark;
        const index = this.openMarks.lastIndexOf(mark);
        if (index < 0) return;
        this.openMarks.splice(index, 1);
        this.openFlow()?.mark('close', mark);
        return;
      }
      case 'table':
        if (container?.kind === 'table') this.endContainer();
        return;
      case 'list':
        if (container?.kind === 'list') this.endContainer();
        return;
      case 'row':
        if (container?.kind === 'table') container.endRow();
        return;
      case 'cell':
        if (container?.kind === 'table') container.endCell();
        return;
      case 'item':
        if (container?.kind === 'list') container.endItem();
        return;
    }
  }

  ontext(text: string): void {
    if (this.hiddenDepth > 0) return;
    const flow = this.openFlow();
    if (flow) flow.text(text);
    // Text between the cells of a table or the items of a list: layout whitespace, or stray text of its own.
    else if (text.trim() !== '') this.innermost()?.flow().text(text);
  }

  finish(): Block[] {
    while (this.containers.length > 0) this.endContainer();
    this.endParagraph();
    return this.blocks;
  }

  /** Where inline content goes now: the innermost open cell or item, the text between blocks, or nowhere. */
  private openFlow(): LineFlow | null {
    const container = this.innermost();
    if (!container) return this.document;
    return container.hasOpen() ? container.flow() : null;
  }

  private innermost(): TableBuilder | ListBuilder | undefined {
    // Not containers[length - 1]: reading index -1 of the usual empty array is a slow lookup by name.
    return this.containers.length === 0 ? undefined : this.containers[this.containers.length - 1];
  }

  private newFlow(): LineFlow {
    return new LineFlow(this.openMarks, this.context);
  }

  /** Ends the current alinéa: at the top level the paragraph block, inside a cell or an item the line. */
  private endParagraph(): void {
    if (this.containers.length > 0) {
      this.openFlow()?.breakLine();
      return;
    }
    const lines = this.document.takeLines();
    if (lines.length > 0) this.blocks.push({ kind: 'paragraph', lines });
  }

  private endContainer(): void {
    const container = this.containers.pop() as TableBuilder | ListBuilder;
    const block: Block =
      container.kind === 'table'
        ? { kind: 'table', ...container.finish() }
        : { kind: 'list', ordered: container.ordered, items: container.finish() };
    const parent = this.innermost();
    if (parent) {
      const flow = parent.flow();
      for (const line of linesOf(block)) flow.addLine(line);
    } else if (hasLines(block)) {
      this.blocks.push(block);
    }
  }
}

