/** A calendar day, `YYYY-MM-DD`. The source stores days as UTC midnight in epoch milliseconds. */
export type CalendarDay = string;

/** The source's 2222-02-22 placeholder: the version exists but its date is not known yet. */
export const UNDETERMINED = 'undetermined' as const;
export type Undetermined = typeof UNDETERMINED;

/** A start or end of validity. An open end (the source's 2999-01-01) is `null` on `validTo`. */
export type DateBound = CalendarDay | Undetermined;

/**
 * What a version's `etat` means for a reader. `etat` itself is kept verbatim next to it.
 * VIGUEUR → in_force, VIGUEUR_DIFF → scheduled, ABROGE_DIFF → repeal_scheduled, ABROGE → repealed,
 * MODIFIE → superseded, anything else (TRANSFERE, PERIME, ANNULE, DISJOINT, MODIFIE_MORT_NE, …) → other.
 */
export type ArticleStatus = 'in_force' | 'scheduled' | 'repeal_scheduled' | 'repealed' | 'superseded' | 'other';

export interface CodeIdentity {
  /** "code-general-des-collectivites-territoriales" */
  slug: string;
  /** "Code général des collectivités territoriales" */
  title: string;
}

export interface SectionPlacement {
  /** Titles from the root of the code down to the article's own section, entities decoded. */
  path: string[];
  /** `sectionParentCid`: the identity of the article's own section, stable across retitles. */
  parentCid: string | null;
}

/** One normalised row of a dump: one version of one article. */
export interface ArticleVersion {
  /** 1-based position of the row in its dump. */
  row: number;
  code: CodeIdentity;
  /** `LEGIARTI` + 12 digits: this version. */
  id: string;
  /** `LEGIARTI` + 12 digits: the article, shared by all its versions. */
  cid: string;
  previousVersionId: string | null;
  /** `version_article` "3.0" → 3; null when the source leaves it empty. */
  versionNumber: number | null;
  /** The number as the source displays it, e.g. "L. 1111-2" or "L1111-2". */
  num: string;
  /** Canonical key for matching and references, e.g. "L1111-2", "LO1112-1", "R4312-1", "Annexe1-3", "L2224-5bis". */
  numKey: string;
  /** The source's `etat`, verbatim (VIGUEUR, VIGUEUR_DIFF, ABROGE, ABROGE_DIFF, MODIFIE, …). */
  etat: string;
  status: ArticleStatus;
  validFrom: DateBound;
  /** null: open-ended (the source's 2999-01-01). */
  validTo: DateBound | null;
  /** True when validTo falls before validFrom: kept as given, flagged for review. */
  datesInverted: boolean;
  /** Sanitised HTML of the article text; links to articles point to stable article references. */
  html: string;
  /** The alinéas, as plain text: the unit of every diff and display. A table row is one alinéa. */
  paragraphs: string[];
  /** `paragraphs` joined with "\n". */
  text: string;
  notaHtml: string;
  notaText: string;
  section: SectionPlacement;
  /** Canonical keys (as `numKey`) of the articles this text cites, sorted, without duplicates. */
  references: string[];
  /** sha256 (hex) over the legal content: text, nota, num, dates and etat. Equal hashes mean no legal change. */
  contentHash: string;
  /** sha256 (hex) over the raw row as received: tells a technical rewrite from an unchanged row. */
  rawHash: string;
}

/** A row that could not be normalised. Reading goes on; the caller collects these. */
export interface RowError {
  /** The dump's path or URL. */
  file: string;
  /** 1-based row number in the dump. */
  row: number;
  /** The column at fault, or "json" when the line itself is not valid JSON. */
  field: string;
  message: string;
}

/** A raw row as read from a dump, before validation. */
export type RawRow = Record<string, unknown>;

export interface NumberedRow {
  row: number;
  raw: RawRow;
}

/** What a reader yields: a row, or a row-level error (invalid JSON line, non-object value). */
export type ReadItem = ({ kind: 'row' } & NumberedRow) | ({ kind: 'error' } & RowError);

/** A whole-file failure (unreadable, truncated gzip or parquet, unknown format). Names the file. */
export class DumpReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'DumpReadError';
  }
}

export function isRowError(value: ArticleVersion | RowError): value is RowError {
  return 'field' in value && !('cid' in value);
}
