import { CHANGE_KINDS } from '@legifeed/diff';
import { effectiveDateWords, sectionPathText } from '../fragments/change-facts.js';
import { html, type SafeHtml } from '../html.js';
import { changePath } from '../links.js';
import type { CodeIdentity } from '@legifeed/parser';
import type { ChangeFilters, HomePageInput, Pagination, PublishedChange } from '../types.js';
import { changeTitle, KIND_LABELS } from '../wording/change-title.js';
import { frenchDay, frenchInstant } from '../wording/dates.js';
import { feedLinksParagraph, layout } from './layout.js';

function textField(name: 'section' | 'article', label: string, value: string | undefined): SafeHtml {
  return html`<div class="field"><label for="filtre-${name}">${label}</label><input type="text" id="filtre-${name}" name="${name}" value="${value ?? ''}"></div>`;
}

function codeField(codes: readonly CodeIdentity[] | undefined, value: string | undefined): SafeHtml {
  if (codes === undefined) return html`<div class="field"><label for="filtre-code">Code (identifiant)</label><input type="text" id="filtre-code" name="code" value="${value ?? ''}"></div>`;
  const options = codes.map(
    (code) => html`<option value="${code.slug}"${code.slug === value && ' selected'}>${code.title}</option>`,
  );
  return html`<div class="field"><label for="filtre-code">Code</label><select id="filtre-code" name="code"><option value="">Tous les codes</option>${options}</select></div>`;
}

function kindField(selected: readonly string[]): SafeHtml {
  const choices = CHANGE_KINDS.map(
    (kind) =>
      html`<div class="choice"><input type="checkbox" id="filtre-kind-${kind}" name="kind" value="${kind}"${selected.includes(kind) && ' checked'}> <label for="filtre-kind-${kind}">${KIND_LABELS[kind]}</label></div>`,
  );
  return html`<fieldset><legend>Type de changement</legend>${choices}</fieldset>`;
}

function datesField(filters: ChangeFilters): SafeHtml {
  const on = filters.dateField ?? 'detected';
  return html`<fieldset><legend>Période</legend>
<div class="field"><label for="filtre-dateField">Dates portant sur</label><select id="filtre-dateField" name="dateField"><option value="detected"${on === 'detected' && ' selected'}>la détection par legifeed</option><option value="effective"${on === 'effective' && ' selected'}>la date d'effet</option></select></div>
<div class="field"><label for="filtre-since">Du (inclus)</label><input type="date" id="filtre-since" name="since" value="${filters.since ?? ''}"></div>
<div class="field"><label for="filtre-until">Au (inclus)</label><input type="date" id="filtre-until" name="until" value="${filters.until ?? ''}"></div>
</fieldset>`;
}

function filterForm(input: HomePageInput): SafeHtml {
  const { filters } = input;
  return html`<form class="filters" method="get" action="/" role="search" aria-labelledby="titre-filtres">
<h2 id="titre-filtres">Filtrer</h2>
${codeField(input.codes, filters.code)}
${textField('section', 'Section (identifiant ou début du chemin)', filters.section)}
${textField('article', 'Article (numéro ou identifiant)', filters.article)}
${kindField(filters.kind ?? [])}
${datesField(filters)}
<button type="submit">Filtrer</button> <a href="/">Effacer les filtres</a>
</form>`;
}

function changeListItem(change: PublishedChange): SafeHtml {
  return html`<li><article>
<h3><a href="${changePath(change.id)}">${changeTitle(change)}</a></h3>
<p class="change-meta">${change.code.title} — ${sectionPathText(change.section.path)}</p>
<p class="change-dates">Date d'effet : ${effectiveDateWords(change)} · Données Légifrance au ${frenchDay(change.dumpDate)} · Détecté le ${frenchInstant(change.detectedAt)}</p>
${change.summary && html`<p>${change.summary}</p>`}
</article></li>`;
}

function pagination({ next, previous }: Pagination): SafeHtml | null {
  if (next === null && previous === null) return null;
  return html`<nav class="pagination" aria-label="Pagination">${previous && html`<a rel="prev" href="${previous}">Modifications plus récentes</a>`}${next && html`<a rel="next" href="${next}">Modifications plus anciennes</a>`}</nav>`;
}

/** The latest changes, the filter form, and the feeds of the current filter. */
export function renderHomePage(input: HomePageInput): string {
  const list =
    input.changes.length === 0
      ? html`<p>Aucune modification ne correspond à ces filtres.</p>`
      : html`<ol class="change-list">
${input.changes.map((change) => html`${changeListItem(change)}\n`)}</ol>`;
  const main = html`<h1>Dernières modifications</h1>
${filterForm(input)}
<section aria-labelledby="titre-resultats">
<h2 id="titre-resultats">Modifications</h2>
${feedLinksParagraph(input.feedLinks)}
${list}
${pagination(input.pagination)}
</section>`;
  return layout({ title: 'Dernières modifications', main, feedLinks: input.feedLinks });
}
