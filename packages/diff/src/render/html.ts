import type { AlineaDiff, ArticleDiff, TextOp } from '../types.js';
import { escapeHtml } from './escape-html.js';

export interface HtmlDiffOptions {
  /** Unchanged alinéas shown in full, or each run of them shown as one "…" paragraph. Default "show". */
  unchanged?: 'show' | 'elide';
}

// Feed readers drop stylesheets and classes, so the look is carried by inline styles; the classes are for pages
// that bring their own stylesheet.
const DELETED_STYLE = 'background-color:#ffebe9;color:#82071e;text-decoration:line-through';
const INSERTED_STYLE = 'background-color:#dafbe1;color:#116329;text-decoration:underline';
// Screen readers do not announce <del> and <ins>: the markers say it, hidden from sight only.
const VISUALLY_HIDDEN_STYLE =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0';

/** One <p> an alinéa (table rows too), with <del>/<ins> around the changed words. Every text is escaped. */
export function renderDiffHtml(diff: ArticleDiff, options: HtmlDiffOptions = {}): string {
  const blocks: string[] = [];
  for (const alinea of diff.alineas) {
    if (alinea.status === 'unchanged' && options.unchanged === 'elide') {
      if (blocks.at(-1) !== ELIDED) blocks.push(ELIDED);
      continue;
    }
    blocks.push(paragraphOf(alinea));
  }
  return blocks.join('\n');
}

const ELIDED = '<p class="diff-alinea diff-elided">…</p>';

function paragraphOf(alinea: AlineaDiff): string {
  return `<p class="diff-alinea diff-${alinea.status}">${alinea.ops.map(htmlOf).join('')}</p>`;
}

function htmlOf({ op, text }: TextOp): string {
  switch (op) {
    case 'equal':
      return escapeHtml(text);
    case 'delete':
      return `<del class="diff-del" style="${DELETED_STYLE}">${hidden('[supprimé : ')}${escapeHtml(text)}${hidden(']')}</del>`;
    case 'insert':
      return `<ins class="diff-ins" style="${INSERTED_STYLE}">${hidden('[ajouté : ')}${escapeHtml(text)}${hidden(']')}</ins>`;
  }
}

function hidden(text: string): string {
  return `<span style="${VISUALLY_HIDDEN_STYLE}">${escapeHtml(text)}</span>`;
}
