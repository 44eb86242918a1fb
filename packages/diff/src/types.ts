import type { ArticleVersion, DateBound } from '@legifeed/parser';

/** What happened to an article (or a section) between two dumps of a code. */
export type ChangeKind =
  | 'created'
  | 'amended'
  | 'corrected'
  | 'scheduled'
  | 'repeal_scheduled'
  | 'repealed'
  | 'renumbered'
  | 'moved'
  | 'section_retitled';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'created',
  'amended',
  'corrected',
  'scheduled',
  'repeal_scheduled',
  'repealed',
  'renumbered',
  'moved',
  'section_retitled',
];

/** The facts of one version a change points to (the full text lives with the stored version). */
export interface VersionRef {
  id: string;
  num: string;
  etat: string;
  validFrom: DateBound;
  validTo: DateBound | null;
}

export interface ArticleRef {
  cid: string;
  num: string;
  numKey: string;
}

export interface SectionRef {
  /** The section's cid when known (the article's parent section), else null. */
  cid: string | null;
  path: string[];
}

/** One legal change, to be recorded and published. */
export interface Change {
  kind: ChangeKind;
  /** Code slug. */
  code: string;
  /** The article concerned; null for `section_retitled`. */
  article: ArticleRef | null;
  /** Where the article sits after the change (for `section_retitled`: the section, with its new path). */
  section: SectionRef;
  before: VersionRef | null;
  after: VersionRef | null;
  /** When the change takes legal effect: a day, undetermined, or null when it applies from detection. */
  effectiveDate: DateBound | null;
  /** For `amended`, `corrected` and `scheduled` (against the text in force): how the text and nota changed. */
  diff: ArticleDiff | null;
  /** For `section_retitled` and `moved`: the section titles before and after. */
  sectionBefore: SectionRef | null;
}

/** Why a dump is held instead of published. */
export type HoldReason = 'empty_dump' | 'row_count_drop' | 'missing_columns';

export interface DumpHold {
  reason: HoldReason;
  /** A sentence for the operator, e.g. "0 rows, the previous dump had 471". */
  detail: string;
}

/** The previous state of a code, as storage knows it. */
export interface CodeState {
  /** For each cid, the versions present in the last published dump of the code. */
  articles: ReadonlyMap<string, readonly ArticleVersion[]>;
  /** Row count of the last published dump, or null for a first ingest. */
  previousRowCount: number | null;
  /** Every version id ever announced for this code, so nothing is announced twice. */
  announcedVersionIds: ReadonlySet<string>;
}

export interface DetectionOptions {
  /** The day the dump was taken: versions starting after it are `scheduled`. */
  asOf: string;
  /** Share of rows that may disappear before the dump is held (default 0.2). */
  maxRowDrop?: number;
  /** Columns the dump is missing entirely (from the reader): any required one holds the dump. */
  missingColumns?: readonly string[];
  /** An operator released this held dump: detect as for a sound one, repeals included. */
  released?: boolean;
  /**
   * Rows of the dump that could not be read (RowErrors). An article absent from such a dump may be one of them:
   * it is not announced as repealed but kept with its previous versions, until a dump read whole says it is gone.
   */
  unreadableRows?: number;
}

export interface DetectionResult {
  changes: Change[];
  /** Articles rewritten in place with no legal difference: counted, never published. */
  technical: number;
  /** Set when the dump is suspect: no `repealed` change is in `changes`. */
  hold: DumpHold | null;
  /** The state to store once the dump is accepted. */
  nextState: Map<string, ArticleVersion[]>;
  /** Rows in the dump, duplicates included: the next dump's `previousRowCount` once this one is accepted. */
  rowCount: number;
}

/** One word-level operation inside an alinéa. */
export interface TextOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One alinéa of an article diff. */
export interface AlineaDiff {
  /** unchanged / added / removed, modified (word diff), replaced (whole, when a diff bound was hit). */
  status: 'unchanged' | 'added' | 'removed' | 'modified' | 'replaced';
  /** 0-based index in the old paragraphs, null when added. */
  oldIndex: number | null;
  /** 0-based index in the new paragraphs, null when removed. */
  newIndex: number | null;
  /** Joining the non-insert ops gives the old alinéa; joining the non-delete ops gives the new one. */
  ops: TextOp[];
}

export interface ArticleDiff {
  alineas: AlineaDiff[];
  stats: {
    alineasTouched: number;
    wordsAdded: number;
    wordsRemoved: number;
  };
}
