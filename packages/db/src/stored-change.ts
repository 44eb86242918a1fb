import type { Change, ChangeKind } from '@legifeed/diff';

/** A change about to be recorded, with the one-line summary the publishing side shows. */
export interface NewChange extends Change {
  summary?: string | null;
}

export interface StoredChange extends Change {
  /** Stable forever: see change-id.ts. */
  id: string;
  /** Publication order: increases with each recorded change, in commit order. */
  sequence: number;
  summary: string | null;
  detectedDumpId: number;
  detectedAt: Date;
}

/** A change this call recorded (one already recorded is not returned again). */
export interface RecordedChange {
  id: string;
  sequence: number;
  kind: ChangeKind;
}

export const MAX_CHANGES_PER_PAGE = 500;

export interface ChangeFilter {
  code?: string;
  /** Article cids; a change matches when its article is in `cids` or in `numKeys`. */
  cids?: readonly string[];
  numKeys?: readonly string[];
  /** A section's cid: changes to articles in that section, and in sections below it when it is known. */
  sectionCid?: string;
  /** Section titles from the root: changes in that section or below. */
  sectionPathPrefix?: readonly string[];
  kinds?: readonly ChangeKind[];
  /** Detection instant, inclusive. */
  detectedSince?: Date;
  /** Detection instant, exclusive. */
  detectedUntil?: Date;
  /**
   * Effective day `YYYY-MM-DD`, inclusive both ends. Changes without a known effective day (undetermined, or
   * applying from detection) do not match an effective-date bound.
   */
  effectiveSince?: string;
  effectiveUntil?: string;
  /** Words of the article's text (French full-text search on the version after the change, else before). */
  q?: string;
  /** Changes to the articles that the current versions of this article (a cid) cite. */
  citedByCid?: string;
  /** Newest first, starting below this sequence (the default order). */
  before?: number;
  /** Oldest first, starting above this sequence: for clients polling for what is new. */
  after?: number;
  /** 1 to MAX_CHANGES_PER_PAGE, default 50. */
  limit?: number;
}

export interface ChangePage {
  changes: StoredChange[];
  /** The sequence to pass as `before` (or `after`, in ascending order) for the next page; null on the last page. */
  nextCursor: number | null;
}
