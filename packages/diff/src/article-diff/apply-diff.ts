import type { AlineaDiff, ArticleDiff } from '../types.js';

/**
 * Rebuilds both wordings from a diff: the old one from the equal and delete ops, the new one from the equal and
 * insert ops. The new wording comes back exactly; the old one exactly too, except that where the two wordings
 * differed only in typography (apostrophes, whitespace) the equal text is the new wording's.
 * Throws when the diff leaves an alinéa out, so a malformed diff cannot pass for a shorter text.
 */
export function applyDiff(diff: ArticleDiff): { oldParagraphs: string[]; newParagraphs: string[] } {
  const oldParagraphs: string[] = [];
  const newParagraphs: string[] = [];
  for (const alinea of diff.alineas) {
    if (alinea.oldIndex !== null) oldParagraphs[alinea.oldIndex] = oldTextOf(alinea);
    if (alinea.newIndex !== null) newParagraphs[alinea.newIndex] = newTextOf(alinea);
  }
  assertComplete(oldParagraphs, 'old');
  assertComplete(newParagraphs, 'new');
  return { oldParagraphs, newParagraphs };
}

/** The alinéa's old wording: its equal and delete ops. */
export function oldTextOf(alinea: AlineaDiff): string {
  return textWithout(alinea, 'insert');
}

/** The alinéa's new wording: its equal and insert ops. */
export function newTextOf(alinea: AlineaDiff): string {
  return textWithout(alinea, 'delete');
}

function textWithout(alinea: AlineaDiff, skipped: 'insert' | 'delete'): string {
  return alinea.ops
    .filter((op) => op.op !== skipped)
    .map((op) => op.text)
    .join('');
}

function assertComplete(paragraphs: string[], side: 'old' | 'new'): void {
  for (let index = 0; index < paragraphs.length; index += 1) {
    if (!(index in paragraphs)) throw new Error(`applyDiff: the diff has no alinéa for ${side} index ${index}`);
  }
}
