import { CHANGE_KINDS, type ChangeKind } from '@legifeed/diff';
import type { CalendarDay } from '@legifeed/parser';
import type { ChangeFilters } from '@legifeed/publish';
import { MAX_CHANGES_PER_PAGE } from '@legifeed/db';
import { BadRequestException } from '@nestjs/common';
import { parseCalendarDay } from './calendar-day.js';
import { decodeCursor, encodeCursor, type ChangeCursor } from './cursor.js';
import { list, readQuery, single, type ParamSpec, type RawQuery } from './query-params.js';

export type DateField = NonNullable<ChangeFilters['dateField']>;

/** A validated change filter, as the API, the feeds and the home page take it. */
export interface ChangeQuery {
  code: string | null;
  /** Article numbers or cids, as given. */
  articles: readonly string[];
  /** A section cid or a path prefix. */
  section: string | null;
  kinds: readonly ChangeKind[];
  since: CalendarDay | null;
  until: CalendarDay | null;
  /** Which date `since` and `until` bound. */
  dateField: DateField;
  q: string | null;
  /** An article (cid or number): changes to the articles it cites. */
  cites: string | null;
  limit: number;
  cursor: ChangeCursor | null;
}

export const DEFAULT_LIMIT = 50;
const MAX_ARTICLES = 50;
const MAX_Q_LENGTH = 200;
const CODE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_FIELDS: readonly DateField[] = ['detected', 'effective'];

const FILTER_PARAMS = {
  code: 'one',
  article: 'many',
  section: 'one',
  kind: 'many',
  since: 'one',
  until: 'one',
  dateField: 'one',
  q: 'one',
  cites: 'one',
  limit: 'one',
} as const satisfies ParamSpec;

export interface ChangeQueryOptions {
  /** Lists take a cursor; feeds are always their newest page. */
  paged: boolean;
  /** A filter the address fixes (`/feeds/codes/:slug.atom`), so not a parameter. */
  fixed?: 'code' | 'article';
}

/** Reads and validates the filter parameters; every mistake is a 400 that says what is wrong. */
export function parseChangeQuery(raw: RawQuery, options: ChangeQueryOptions): ChangeQuery {
  const spec: Record<string, 'one' | 'many'> = { ...FILTER_PARAMS };
  if (options.fixed !== undefined) delete spec[options.fixed];
  if (options.paged) spec.cursor = 'one';
  const values = readQuery(raw, spec);
  const since = optional(single(values, 'since'), (day) => parseCalendarDay(day, 'since'));
  const until = optional(single(values, 'until'), (day) => parseCalendarDay(day, 'until'));
  if (since !== null && until !== null && since > until) {
    throw new BadRequestException(`since (${since}) is after until (${until}): no day can match`);
  }
  return {
    code: optional(single(values, 'code'), codeSlug),
    articles: articles(list(values, 'article')),
    section: single(values, 'section'),
    kinds: kinds(list(values, 'kind')),
    since,
    until,
    dateField: optional(single(values, 'dateField'), dateField) ?? 'detected',
    q: optional(single(values, 'q'), searchWords),
    cites: single(values, 'cites'),
    limit: optional(single(values, 'limit'), limit) ?? DEFAULT_LIMIT,
    cursor: optional(single(values, 'cursor'), decodeCursor),
  };
}

/**
 * The query in one canonical spelling (fixed order, defaults left out): the key of cached renderings, and the
 * query of every link the app builds, so that equal filters share one URL.
 */
export function changeQueryString(query: ChangeQuery, parts: { limit?: boolean; cursor?: ChangeCursor | null } = {}): string {
  const params = new URLSearchParams();
  if (query.code !== null) params.append('code', query.code);
  if (query.section !== null) params.append('section', query.section);
  for (const article of query.articles) params.append('article', article);
  for (const kind of query.kinds) params.append('kind', kind);
  if (query.since !== null) params.append('since', query.since);
  if (query.until !== null) params.append('until', query.until);
  if ((query.since !== null || query.until !== null) && query.dateField !== 'detected') params.append('dateField', query.dateField);
  if (query.q !== null) params.append('q', query.q);
  if (query.cites !== null) params.append('cites', query.cites);
  if ((parts.limit ?? true) && query.limit !== DEFAULT_LIMIT) params.append('limit', String(query.limit));
  if (parts.cursor) params.append('cursor', encodeCursor(parts.cursor));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The filters as the responses echo them; `dateField` always says which date `since`/`until` bound. */
export function filtersEcho(query: ChangeQuery) {
  return {
    code: query.code,
    article: query.articles,
    section: query.section,
    kind: query.kinds,
    since: query.since,
    until: query.until,
    dateField: query.dateField,
    q: query.q,
    cites: query.cites,
    limit: query.limit,
  };
}

/** The filters as the home page's form shows them. */
export function formFilters(query: ChangeQuery): ChangeFilters {
  return {
    ...(query.code === null ? {} : { code: query.code }),
    ...(query.section === null ? {} : { section: query.section }),
    ...(query.articles.length === 0 ? {} : { article: query.articles.join(', ') }),
    kind: query.kinds,
    ...(query.since === null ? {} : { since: query.since }),
    ...(query.until === null ? {} : { until: query.until }),
    dateField: query.dateField,
  };
}

function optional<T>(raw: string | null, parse: (raw: string) => T): T | null {
  return raw === null ? null : parse(raw);
}

function codeSlug(raw: string): string {
  if (!CODE_SLUG.test(raw)) {
    throw new BadRequestException(`code: "${raw}" is not a code slug (lower-case words joined by "-", as GET /api/codes lists them)`);
  }
  return raw;
}

function articles(given: string[]): string[] {
  const distinct = [...new Set(given)];
  if (distinct.length > MAX_ARTICLES) throw new BadRequestException(`article: at most ${MAX_ARTICLES} articles (got ${distinct.length})`);
  return distinct;
}

function kinds(given: string[]): ChangeKind[] {
  const unknown = given.filter((kind) => !(CHANGE_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) {
    throw new BadRequestException(`kind: unknown kind "${unknown[0]}" (known: ${CHANGE_KINDS.join(', ')})`);
  }
  // In the canonical order, each once.
  return CHANGE_KINDS.filter((kind) => given.includes(kind));
}

function dateField(raw: string): DateField {
  if (!(DATE_FIELDS as readonly string[]).includes(raw)) {
    throw new BadRequestException(`dateField: expected detected or effective, got "${raw}"`);
  }
  return raw as DateField;
}

function searchWords(raw: string): string {
  if (raw.length > MAX_Q_LENGTH) throw new BadRequestException(`q: at most ${MAX_Q_LENGTH} characters (got ${raw.length})`);
  return raw;
}

function limit(raw: string): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > MAX_CHANGES_PER_PAGE) {
    throw new BadRequestException(`limit: expected a whole number from 1 to ${MAX_CHANGES_PER_PAGE}, got "${raw}"`);
  }
  return value;
}
