import type { AlineaDiff, ArticleDiff, TextOp } from '../types.js';
import { type AlineaStep, alignAlineas, replaceWhole } from './align-alineas.js';
import { type DiffBounds, DiffBudget } from './budget.js';
import { statsOf } from './stats.js';
import { comparisonKey } from './tokenize.js';
import { diffAlineaWords } from './word-diff.js';

export interface ArticleDiffOptions {
  /** Edit length past which a word diff gives up (in tokens) and the alignment gives up (in alinéas). */
  maxEditLength?: number;
  /** Time for the whole article, shared by all its diff calls. */
  timeoutMs?: number;
}

/**
 * Defaults from the real dumps. The largest edit between two wordings of one alinéa is 407 tokens (L3123-16,
 * cgct-history 2002 → 2005; css 2020 → 2023 stays under 350), so 600 tokens cuts no real diff short while
 * keeping one word diff to tens of milliseconds (jsdiff's cost grows with the square of the edit length). The
 * edit-length bound is the one that decides, the same on every machine; the time bound is a safety net for a
 * loaded machine or pathological input (the slowest real article takes about 25 ms).
 */
export const DEFAULT_DIFF_BOUNDS: Readonly<DiffBounds> = { maxEditLength: 600, timeoutMs: 100 };

/**
 * Diffs two wordings of an article: alinéas are aligned first, then the alinéas paired as lightly edited are
 * diffed word by word. Typography (apostrophes, whitespace) never shows as a change: unchanged and equal text
 * carries the new wording. A word diff out of bounds shows its alinéa `replaced`; an alignment out of bounds
 * shows every old alinéa removed and every new one added.
 */
export function diffArticle(
  oldParagraphs: readonly string[],
  newParagraphs: readonly string[],
  options: ArticleDiffOptions = {},
): ArticleDiff {
  const budget = new DiffBudget({
    maxEditLength: options.maxEditLength ?? DEFAULT_DIFF_BOUNDS.maxEditLength,
    timeoutMs: options.timeoutMs ?? DEFAULT_DIFF_BOUNDS.timeoutMs,
  });
  const steps =
    alignAlineas(oldParagraphs.map(comparisonKey), newParagraphs.map(comparisonKey), budget) ??
    replaceWhole(oldParagraphs.length, newParagraphs.length);
  const alineas = steps.map((step) => alineaOf(step, oldParagraphs, newParagraphs, budget));
  return { alineas, stats: statsOf(alineas) };
}

function alineaOf(
  step: AlineaStep,
  oldParagraphs: readonly string[],
  newParagraphs: readonly string[],
  budget: DiffBudget,
): AlineaDiff {
  switch (step.kind) {
    case 'unchanged': {
      const ops = opsOf('equal', newParagraphs[step.newIndex]);
      return { status: 'unchanged', oldIndex: step.oldIndex, newIndex: step.newIndex, ops };
    }
    case 'removed':
      return { status: 'removed', oldIndex: step.oldIndex, newIndex: null, ops: opsOf('delete', oldParagraphs[step.oldIndex]) };
    case 'added':
      return { status: 'added', oldIndex: null, newIndex: step.newIndex, ops: opsOf('insert', newParagraphs[step.newIndex]) };
    case 'paired': {
      const oldText = oldParagraphs[step.oldIndex] ?? '';
      const newText = newParagraphs[step.newIndex] ?? '';
      const words = diffAlineaWords(oldText, newText, budget);
      const { oldIndex, newIndex } = step;
      if (words !== null) return { status: 'modified', oldIndex, newIndex, ops: words };
      return { status: 'replaced', oldIndex, newIndex, ops: [...opsOf('delete', oldText), ...opsOf('insert', newText)] };
    }
  }
}

/** An empty alinéa has no ops: joining none gives back "". */
function opsOf(op: TextOp['op'], text: string | undefined): TextOp[] {
  return text ? [{ op, text }] : [];
}
