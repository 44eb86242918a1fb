import type { CitationContext } from '../references.js';
import { finishLine, type InlineToken, type Line } from './line.js';
import type { Mark } from './markup.js';

/**
 * Inline content flowing into lines: the whole text between blocks, one table cell, one list item. Emphasis
 * open at a line break is closed at the end of the line and reopened on the next, so every line stands alone.
 */
export class LineFlow {
  private readonly tokens: InlineToken[] = [];
  /** Whether the current line has text yet: the many lines without any are dropped without a look. */
  private hasText = false;
  private lines: Line[] = [];

  constructor(
    private readonly openMarks: readonly Mark[],
    private readonly context: CitationContext,
  ) {
    this.reopenMarks();
  }

  text(text: string): void {
    // Not tokens[length - 1] alone: reading index -1 of an empty array is a slow lookup by name.
    const last = this.tokens.length === 0 ? undefined : this.tokens[this.tokens.length - 1];
    if (last?.kind === 'text') last.text += text;
    else this.tokens.push({ kind: 'text', text });
    this.hasText = true;
  }

  mark(kind: 'open' | 'close', mark: Mark): void {
    this.tokens.push({ kind, mark });
  }

  addLine(line: Line): void {
    this.breakLine();
    this.lines.push(line);
  }

  breakLine(): void {
    if (this.hasText) {
      for (let index = this.openMarks.length - 1; index >= 0; index -= 1) {
        this.tokens.push({ kind: 'close', mark: this.openMarks[index] as Mark });
      }
      const line = finishLine(this.tokens, this.context);
      if (line) this.lines.push(line);
      this.hasText = false;
    } else if (this.tokens.length === this.openMarks.length) {
      // Only marks opened, none closed: the tokens already are what reopening the open marks would give.
      return;
    }
    this.tokens.length = 0;
    this.reopenMarks();
  }

  /** The lines so far, ending the current one; the flow goes on empty. */
  takeLines(): readonly Line[] {
    this.breakLine();
    if (this.lines.length === 0) return NO_LINES;
    const lines = this.lines;
    this.lines = [];
    return lines;
  }

  private reopenMarks(): void {
    for (const mark of this.openMarks) this.tokens.push({ kind: 'open', mark });
  }
}

const NO_LINES: readonly Line[] = Object.freeze([]);
