import { diffArrays } from 'diff';
import type { DiffBudget } from './budget.js';
import { pairSimilar } from './pair-similar.js';

/** Where one alinéa of either side goes in the article diff. */
export type AlineaStep =
  | { kind: 'unchanged'; oldIndex: number; newIndex: number }
  | { kind: 'paired'; oldIndex: number; newIndex: number }
  | { kind: 'removed'; oldIndex: number }
  | { kind: 'added'; newIndex: number };

/**
 * Aligns the alinéas of two wordings by their comparison keys: equal keys are unchanged, and within each run
 * of removed and added alinéas the similar ones are paired (to be word-diffed). Returns null when the budget's
 * bound is hit: the article then reads as replaced whole.
 */
export function alignAlineas(
  oldKeys: readonly string[],
  newKeys: readonly string[],
  budget: DiffBudget,
): AlineaStep[] | null {
  // Equal wordings need no diff call, so they come out unchanged whatever the budget.
  if (oldKeys.length === newKeys.length && oldKeys.every((key, index) => key === newKeys[index])) {
    return oldKeys.map((_, index) => ({ kind: 'unchanged', oldIndex: index, newIndex: index }));
  }
  const bounds = budget.next();
  if (bounds === null) return null;
  const changes = diffArrays([...oldKeys], [...newKeys], bounds);
  if (changes === undefined) return null;

  const steps: AlineaStep[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const change of changes) {
    for (let i = 0; i < change.count; i += 1) {
      if (change.removed) {
        removed.push(oldIndex++);
      } else if (change.added) {
        added.push(newIndex++);
      } else {
        steps.push(...pairSimilar(removed, added, oldKeys, newKeys));
        removed = [];
        added = [];
        steps.push({ kind: 'unchanged', oldIndex: oldIndex++, newIndex: newIndex++ });
      }
    }
  }
  steps.push(...pairSimilar(removed, added, oldKeys, newKeys));
  return steps;
}

/** The fallback when the alignment is out of bounds: every old alinéa removed, every new one added. */
export function replaceWhole(oldCount: number, newCount: number): AlineaStep[] {
  return [
    ...Array.from({ length: oldCount }, (_, oldIndex): AlineaStep => ({ kind: 'removed', oldIndex })),
    ...Array.from({ length: newCount }, (_, newIndex): AlineaStep => ({ kind: 'added', newIndex })),
  ];
}
