import { diffArrays } from 'diff';
import type { TextOp } from '../types.js';
import type { DiffBudget } from './budget.js';
import { readableSegments, type Segment, type TokenPair } from './segments.js';
import { type Token, tokenize } from './tokenize.js';

/**
 * Word diff of one alinéa against its new wording, compared on the tokens' comparison keys. Equal ops carry
 * the new text, deletes the old text, inserts the new text. Returns null when a bound of the budget is hit:
 * the caller then shows the alinéa replaced whole.
 */
export function diffAlineaWords(oldText: string, newText: string, budget: DiffBudget): TextOp[] | null {
  const tokens: TokenPair = { old: tokenize(oldText), new: tokenize(newText) };
  const bounds = budget.next();
  if (bounds === null) return null;
  const changes = diffArrays(
    tokens.old.map((token) => token.key),
    tokens.new.map((token) => token.key),
    bounds,
  );
  if (changes === undefined) return null;
  return readableSegments(changes, tokens).flatMap((segment) => opsOf(segment, tokens));
}

function opsOf(segment: Segment, tokens: TokenPair): TextOp[] {
  const oldText = textOf(tokens.old.slice(segment.oldStart, segment.oldEnd));
  const newText = textOf(tokens.new.slice(segment.newStart, segment.newEnd));
  if (segment.equal) return [{ op: 'equal', text: newText }];
  const ops: TextOp[] = [];
  if (oldText !== '') ops.push({ op: 'delete', text: oldText });
  if (newText !== '') ops.push({ op: 'insert', text: newText });
  return ops;
}

function textOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join('');
}
