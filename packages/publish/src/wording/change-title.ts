import type { ChangeKind } from '@legifeed/diff';
import type { DateBound } from '@legifeed/parser';
import type { PublishedChange } from '../types.js';
import { articleLabel, citedArticleNumber } from './article-number.js';
import { fromDate, onDate } from './dates.js';

/** One label per kind, for filters, categories and headings. */
export const KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  created: 'Article créé',
  amended: 'Article modifié',
  corrected: 'Texte corrigé sans nouvelle version',
  scheduled: 'Modification programmée',
  repeal_scheduled: 'Abrogation programmée',
  repealed: 'Article abrogé',
  renumbered: 'Article renuméroté',
  moved: 'Article déplacé',
  section_retitled: 'Intitulé de section modifié',
};

const PENDING_TEXT_WORDS = 'texte en cours de traitement par Légifrance';

function dated(headline: string, effective: DateBound | null, clause: (bound: DateBound) => string): string {
  return effective === null ? headline : `${headline} — ${clause(effective)}`;
}

function displayedNumber(num: string): string {
  return citedArticleNumber(num) ?? `« ${num.trim()} »`;
}

function lastTitle(path: readonly string[]): string | undefined {
  return path[path.length - 1];
}

function headline(change: PublishedChange): string {
  const subject = change.article ? articleLabel(change.article.num) : 'Article';
  const effective = change.effectiveDate;
  const inForce = (bound: DateBound) => `en vigueur ${onDate(bound)}`;
  switch (change.kind) {
    case 'created':
      return dated(`${subject} créé`, effective, inForce);
    case 'amended':
      return dated(`${subject} modifié`, effective, inForce);
    case 'corrected':
      return dated(`${subject} corrigé`, effective, (bound) => `version en vigueur ${fromDate(bound)}`);
    case 'scheduled':
      return dated(`${subject} : modification programmée`, effective, (bound) => `entrera en vigueur ${onDate(bound)}`);
    case 'repeal_scheduled':
      return dated(`${subject} : abrogation programmée`, effective, (bound) => `prendra effet ${onDate(bound)}`);
    case 'repealed':
      return dated(`${subject} abrogé`, effective, fromDate);
    case 'renumbered': {
      const oldNum = change.before?.num ?? change.article?.num ?? '';
      const newNum = change.after?.num ?? change.article?.num ?? '';
      return dated(`Article renuméroté (${displayedNumber(oldNum)} → ${displayedNumber(newNum)})`, effective, inForce);
    }
    case 'moved': {
      const destination = lastTitle(change.section.path);
      const moved = destination === undefined ? `${subject} déplacé` : `${subject} déplacé vers « ${destination} »`;
      return dated(moved, effective, inForce);
    }
    case 'section_retitled': {
      const title = lastTitle(change.section.path);
      return title === undefined ? KIND_LABELS.section_retitled : `Intitulé de section modifié : « ${title} »`;
    }
  }
}

/**
 * The French title of a change, plain text: "Article L. 2121-29 modifié — en vigueur le 1er janvier 2025".
 * Undetermined dates and the source's "en cours de traitement" text are said in words.
 */
export function changeTitle(change: PublishedChange): string {
  const title = headline(change);
  return change.placeholders?.afterTextPending ? `${title} (${PENDING_TEXT_WORDS})` : title;
}
