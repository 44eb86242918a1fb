/** Columns without which a row cannot be normalised; a dump lacking one of them entirely is suspect. */
export const REQUIRED_COLUMNS = ['id', 'cid', 'num', 'etat', 'dateDebut', 'dateFin', 'texteHtml', 'title_main'] as const;
export type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];
