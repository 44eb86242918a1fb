import type { ArticleDiff, ChangeKind, SectionRef, VersionRef } from '@legifeed/diff';
import type { ArticleVersion, CalendarDay, CodeIdentity, DateBound } from '@legifeed/parser';

/** Markers for the source's placeholders, which readers must be told about in words. */
export interface SourcePlaceholders {
  /** The new version's text is the source's "en cours de traitement": the version exists, its text does not yet. */
  afterTextPending?: boolean;
}

/** One recorded change, as storage hands it to the renderers. */
export interface PublishedChange {
  /** Assigned once when the change is recorded; re-ingesting a dump never changes it. */
  id: string;
  /** Publication order, increasing. */
  sequence: number;
  kind: ChangeKind;
  code: CodeIdentity;
  /** null for `section_retitled`. */
  article: { cid: string; num: string } | null;
  /** Where the article sits after the change (for `section_retitled`: the section, with its new path). */
  section: SectionRef;
  /** For `moved` and `section_retitled`: where it was before. */
  sectionBefore: SectionRef | null;
  before: VersionRef | null;
  after: VersionRef | null;
  /** When the change takes legal effect: a day, undetermined, or null when the source gives no distinct date. */
  effectiveDate: DateBound | null;
  /** The as-of day of the dump the change was found in. */
  dumpDate: CalendarDay;
  /** ISO instant at which legifeed recorded the change: drives feed dates. */
  detectedAt: string;
  diff: ArticleDiff | null;
  summary: string | null;
  placeholders?: SourcePlaceholders;
}

/** Where the site is served, to build absolute links in feeds and webhooks. */
export interface SiteLinks {
  /** e.g. "https://legifeed.example.org" (a trailing slash is ignored). */
  baseUrl: string;
}

export interface FeedMeta {
  title: string;
  /** The URL this feed is served at (Atom rel="self", RSS atom:link, JSON Feed feed_url). */
  selfUrl: string;
  /** The HTML page listing the same changes. */
  htmlUrl: string;
  /** Atom feed id: an IRI that never changes for this filter. */
  id: string;
  /**
   * ISO instant of the feed's last change: the newest change's `detectedAt` (see `latestDetectedAt`), never the
   * time of rendering, so the same changes give the same bytes.
   */
  updated: string;
  description?: string;
}

export interface FeedLinks {
  atom: string;
  rss: string;
  json: string;
}

/**
 * The home page's filters, named as the query parameters the form submits. `since`/`until` apply to the date
 * chosen by `dateField` (detection by default).
 */
export interface ChangeFilters {
  code?: string;
  /** A section cid or a path prefix. */
  section?: string;
  /** An article number or cid. */
  article?: string;
  kind?: readonly ChangeKind[];
  since?: CalendarDay;
  until?: CalendarDay;
  dateField?: 'detected' | 'effective';
}

/** Cursor links built by the app; null when there is no such page. */
export interface Pagination {
  next: string | null;
  previous: string | null;
}

export interface HomePageInput {
  changes: readonly PublishedChange[];
  filters: ChangeFilters;
  feedLinks: FeedLinks;
  pagination: Pagination;
  /** The codes to offer in the filter; a free text field when absent. */
  codes?: readonly CodeIdentity[];
}

/** A version as the article page shows it. `html` is the parser's sanitised output, shown as is. */
export type ArticleVersionView = Pick<ArticleVersion, 'id' | 'num' | 'etat' | 'status' | 'validFrom' | 'validTo' | 'html'>;

export interface ArticlePageInput {
  article: { cid: string; num: string; code: CodeIdentity; sectionPath: readonly string[] };
  /** Oldest first. */
  versions: readonly ArticleVersionView[];
  /** The diff between the versions `from` and `to`, when both were asked for. */
  diff?: ArticleDiff | null;
  from?: string;
  to?: string;
  feedLinks?: FeedLinks;
}
