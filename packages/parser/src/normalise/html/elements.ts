import type { Mark } from './markup.js';

/**
 * What an element of the source's HTML does to the normalised output.
 * - block: ends the current alinéa (p, div, center, headings…); the element itself is not kept.
 * - break: ends the current line (br).
 * - mark: emphasis, kept (see MARKS).
 * - table, section, row, cell, list, item: structure, kept in a canonical shape.
 * - hidden: dropped with everything inside (scripts, styles…).
 * - anything else (a, span, font, unknown tags): dropped, its content kept.
 */
export type ElementRole = 'block' | 'break' | 'mark' | 'table' | 'section' | 'row' | 'cell' | 'list' | 'item' | 'hidden';

const ROLES: ReadonlyMap<string, ElementRole> = new Map<string, ElementRole>([
  ...(['p', 'div', 'center', 'blockquote', 'pre', 'address', 'hr', 'dl', 'dt', 'dd', 'figure', 'figcaption'] as const).map(
    (name) => [name, 'block'] as const,
  ),
  ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main'] as const).map(
    (name) => [name, 'block'] as const,
  ),
  ...(['caption', 'form', 'fieldset', 'legend'] as const).map((name) => [name, 'block'] as const),
  ['br', 'break'],
  ...(['em', 'i', 'strong', 'b', 'u', 'sup', 'sub'] as const).map((name) => [name, 'mark'] as const),
  ['table', 'table'],
  ...(['thead', 'tbody', 'tfoot'] as const).map((name) => [name, 'section'] as const),
  ['tr', 'row'],
  ['td', 'cell'],
  ['th', 'cell'],
  ['ul', 'list'],
  ['ol', 'list'],
  ['li', 'item'],
  ...(['script', 'style', 'head', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'select'] as const).map(
    (name) => [name, 'hidden'] as const,
  ),
]);

export const MARKS: Readonly<Record<string, Mark>> = { em: 'em', i: 'em', strong: 'strong', b: 'strong', u: 'u', sup: 'sup', sub: 'sub' };

export function roleOf(tagName: string): ElementRole | undefined {
  return ROLES.get(tagName);
}

/** A colspan or rowspan worth keeping: an integer above 1 (the source writes "1" and junk too). */
export function spanOf(value: string | undefined): number {
  const span = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isInteger(span) && span > 1 && span <= 1000 ? span : 1;
}
