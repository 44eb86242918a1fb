import { sectionPathText } from '../fragments/change-facts.js';
import { pageDiffMarkup } from '../fragments/diff-markup.js';
import { html, trustedHtml, type SafeHtml } from '../html.js';
import { articlePath, legifranceUrl } from '../links.js';
import type { ArticlePageInput, ArticleVersionView } from '../types.js';
import { articleLabel } from '../wording/article-number.js';
import { describePeriod } from '../wording/dates.js';
import { statusWords } from '../wording/version-state.js';
import { feedLinksParagraph, layout } from './layout.js';

function versionLabel(version: ArticleVersionView): string {
  return `Version ${describePeriod(version.validFrom, version.validTo)} (${statusWords(version)})`;
}

function timeline(versions: readonly ArticleVersionView[]): SafeHtml {
  const items = versions.map(
    (version) =>
      html`<li>${versionLabel(version)} — <a href="${legifranceUrl(version.id)}">${version.id} sur Légifrance</a></li>\n`,
  );
  return html`<ol class="timeline">\n${items}</ol>`;
}

function versionSelect(name: 'from' | 'to', label: string, versions: readonly ArticleVersionView[], selected: string | undefined): SafeHtml {
  const options = versions.map(
    (version) => html`<option value="${version.id}"${version.id === selected && ' selected'}>${versionLabel(version)}</option>`,
  );
  return html`<div class="field"><label for="version-${name}">${label}</label><select id="version-${name}" name="${name}">${options}</select></div>`;
}

function compareForm(cid: string, versions: readonly ArticleVersionView[], from: string | undefined, to: string | undefined): SafeHtml {
  // Without a choice, the form proposes the last amendment: the two newest versions.
  const defaultFrom = versions[versions.length - 2]?.id;
  const defaultTo = versions[versions.length - 1]?.id;
  return html`<form class="filters" method="get" action="${articlePath(cid)}">
${versionSelect('from', 'Version de départ', versions, from ?? defaultFrom)}
${versionSelect('to', "Version d'arrivée", versions, to ?? defaultTo)}
<button type="submit">Comparer</button>
</form>`;
}

/** The version whose text is shown: the one compared to, else the one in force, else the newest. */
function shownVersion(versions: readonly ArticleVersionView[], to: string | undefined): ArticleVersionView | undefined {
  return (
    versions.find((version) => version.id === to) ??
    versions.findLast((version) => version.status === 'in_force') ??
    versions[versions.length - 1]
  );
}

/** An article: its timeline of versions, a form to diff any two, the diff asked for, and a version's text. */
export function renderArticlePage(input: ArticlePageInput): string {
  const { article, versions, diff, from, to } = input;
  const title = `${articleLabel(article.num)} — ${article.code.title}`;
  const byId = (id: string | undefined) => versions.find((version) => version.id === id);
  const fromVersion = byId(from);
  const toVersion = byId(to);
  const comparison =
    diff && fromVersion && toVersion
      ? html`<section aria-labelledby="titre-comparaison">
<h2 id="titre-comparaison">Comparaison, alinéa par alinéa</h2>
<p>De la version ${describePeriod(fromVersion.validFrom, fromVersion.validTo)} à la version ${describePeriod(toVersion.validFrom, toVersion.validTo)}.</p>
${pageDiffMarkup(diff)}
</section>`
      : null;
  const shown = shownVersion(versions, to);
  const text =
    shown &&
    html`<section aria-labelledby="titre-texte">
<h2 id="titre-texte">Texte de la version ${describePeriod(shown.validFrom, shown.validTo)}</h2>
<div class="article-text">${trustedHtml(shown.html)}</div>
</section>`;
  const main = html`<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Dernières modifications</a></nav>
<h1>${title}</h1>
<p class="section-path">${sectionPathText(article.sectionPath)}</p>
${input.feedLinks && feedLinksParagraph(input.feedLinks)}
<section aria-labelledby="titre-versions">
<h2 id="titre-versions">Versions</h2>
${timeline(versions)}
</section>
<section aria-labelledby="titre-comparer">
<h2 id="titre-comparer">Comparer deux versions</h2>
${compareForm(article.cid, versions, from, to)}
</section>
${comparison}
${text}`;
  return layout({ title, main, feedLinks: input.feedLinks });
}
