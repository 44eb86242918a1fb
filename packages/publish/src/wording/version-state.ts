import type { ArticleStatus } from '@legifeed/parser';

const ETAT_WORDS: Record<string, string> = {
  VIGUEUR: 'en vigueur',
  VIGUEUR_DIFF: 'en vigueur différée',
  ABROGE: 'abrogé',
  ABROGE_DIFF: 'abrogation différée',
  MODIFIE: 'modifié',
  MODIFIE_MORT_NE: 'modifié avant son entrée en vigueur',
  TRANSFERE: 'transféré',
  PERIME: 'périmé',
  ANNULE: 'annulé',
  DISJOINT: 'disjoint',
};

/** The source's `etat` in words; an unknown state is shown as given rather than guessed at. */
export function etatWords(etat: string): string {
  return ETAT_WORDS[etat] ?? etat;
}

const STATUS_WORDS: Record<Exclude<ArticleStatus, 'other'>, string> = {
  in_force: 'en vigueur',
  scheduled: 'à venir',
  repeal_scheduled: 'abrogation programmée',
  repealed: 'abrogé',
  superseded: 'remplacé par une version ultérieure',
};

/** What a version's status means for a reader; states the parser files under "other" are said from `etat`. */
export function statusWords(version: { status: ArticleStatus; etat: string }): string {
  return version.status === 'other' ? etatWords(version.etat) : STATUS_WORDS[version.status];
}
