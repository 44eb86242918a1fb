import { changeBody } from '../fragments/change-body.js';
import { changeFacts } from '../fragments/change-facts.js';
import { pageDiffMarkup } from '../fragments/diff-markup.js';
import { html } from '../html.js';
import { articlePath, legifranceUrlOf } from '../links.js';
import type { PublishedChange } from '../types.js';
import { articleLabel } from '../wording/article-number.js';
import { changeTitle } from '../wording/change-title.js';
import { layout } from './layout.js';

/** One change: its facts, then the text alinéa by alinéa, styled by the site's stylesheet. */
export function renderChangePage(change: PublishedChange): string {
  const title = changeTitle(change);
  const legifrance = legifranceUrlOf(change);
  const article = change.article;
  const main = html`<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Dernières modifications</a>${article && html` › <a href="${articlePath(article.cid)}">${articleLabel(article.num)}</a>`}</nav>
<h1>${title}</h1>
${changeFacts(change)}
<h2>Le texte, alinéa par alinéa</h2>
${changeBody(change, pageDiffMarkup)}
<h2>Pour aller plus loin</h2>
<ul>
${article && html`<li><a href="${articlePath(article.cid)}">Toutes les versions de l'article et leurs comparaisons</a></li>\n`}${legifrance && html`<li><a href="${legifrance}">Lire l'article sur Légifrance</a></li>\n`}</ul>`;
  return layout({ title, main });
}
