import type { VersionRef } from '@legifeed/diff';
import { UNDETERMINED } from '@legifeed/parser';
import { html, type SafeHtml } from '../html.js';
import { legifranceUrl } from '../links.js';
import type { PublishedChange } from '../types.js';
import { citedArticleNumber } from '../wording/article-number.js';
import { describePeriod, frenchDay, frenchInstant } from '../wording/dates.js';
import { etatWords } from '../wording/version-state.js';

const SECTION_SEPARATOR = ' › ';

export function sectionPathText(path: readonly string[]): string {
  return path.join(SECTION_SEPARATOR);
}

export function effectiveDateWords(change: PublishedChange): string {
  if (change.effectiveDate === null) return 'non indiquée par la source';
  if (change.effectiveDate === UNDETERMINED) return 'non encore déterminée';
  return frenchDay(change.effectiveDate);
}

function versionFacts(label: string, version: VersionRef): SafeHtml {
  const num = citedArticleNumber(version.num) ?? version.num;
  return html`<dt>${label}</dt><dd><a href="${legifranceUrl(version.id)}">${version.id}</a> (${num}, ${etatWords(version.etat)}), ${describePeriod(version.validFrom, version.validTo)}</dd>`;
}

function versionsFacts(change: PublishedChange): SafeHtml[] {
  const { before, after } = change;
  // A correction rewrites a version in place: one version, two texts.
  if (change.kind === 'corrected' && after) return [versionFacts('Version corrigée', after)];
  // A scheduled repeal, for one, changes the state and end of the same version.
  const sameVersion = before !== null && after !== null && before.id === after.id;
  return [
    before && versionFacts(sameVersion ? 'Avant le changement' : 'Version précédente', before),
    after && versionFacts(sameVersion ? 'Après le changement' : 'Nouvelle version', after),
  ].filter((fact): fact is SafeHtml => Boolean(fact));
}

/**
 * The facts of a change as a definition list, the three dates kept apart: when it takes effect, the day of the
 * dump it was found in, the instant legifeed detected it. Links are absolute: the list also goes into feeds.
 */
export function changeFacts(change: PublishedChange): SafeHtml {
  const sectionBefore = change.sectionBefore;
  return html`<dl class="change-facts">
<dt>Code</dt><dd>${change.code.title}</dd>
<dt>Section</dt><dd>${sectionPathText(change.section.path)}</dd>
${sectionBefore && html`<dt>Section avant le changement</dt><dd>${sectionPathText(sectionBefore.path)}</dd>\n`}<dt>Date d'effet</dt><dd>${effectiveDateWords(change)}</dd>
<dt>Données Légifrance au</dt><dd>${frenchDay(change.dumpDate)}</dd>
<dt>Détecté le</dt><dd>${frenchInstant(change.detectedAt)}</dd>
${versionsFacts(change).map((fact) => html`${fact}\n`)}</dl>`;
}
