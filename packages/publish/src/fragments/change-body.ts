import type { ArticleDiff } from '@legifeed/diff';
import { html, type SafeHtml } from '../html.js';
import type { PublishedChange } from '../types.js';

/**
 * What a reader sees of the text: the diff, or a sentence saying why there is none. The source's
 * "en cours de traitement" is said in words instead of being diffed as if it were the law's text.
 */
export function changeBody(change: PublishedChange, renderDiff: (diff: ArticleDiff) => SafeHtml): SafeHtml {
  const summary = change.summary && html`<p class="change-summary">${change.summary}</p>\n`;
  if (change.placeholders?.afterTextPending) {
    return html`${summary}<p class="change-notice">Le texte de la nouvelle version n'est pas encore publié : Légifrance indique « en cours de traitement ».</p>`;
  }
  if (change.diff) return html`${summary}${renderDiff(change.diff)}`;
  return html`${summary}<p class="change-notice">Aucune comparaison de texte n'est disponible pour ce changement.</p>`;
}
