import type { ArticleStatus } from '../types.js';

const STATUS_OF_ETAT: Readonly<Record<string, ArticleStatus>> = {
  VIGUEUR: 'in_force',
  VIGUEUR_DIFF: 'scheduled',
  ABROGE_DIFF: 'repeal_scheduled',
  ABROGE: 'repealed',
  MODIFIE: 'superseded',
};

/** What the source's `etat` means for a reader (mapping documented on ArticleStatus). */
export function statusOf(etat: string): ArticleStatus {
  return STATUS_OF_ETAT[etat.trim().toUpperCase()] ?? 'other';
}
