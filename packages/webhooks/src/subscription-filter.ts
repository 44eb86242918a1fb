import { CHANGE_KINDS, type ChangeKind } from '@legifeed/diff';
import { canonicalArticleNumber } from '@legifeed/parser';

/**
 * What a subscription follows. `codes` and `kinds` narrow (empty: all); `articles` and `sectionPrefixes` name
 * what is followed, and a change matches when it touches any of them (both empty: every change that passes
 * `codes` and `kinds`). With `cites`, changes to the articles that the followed articles' current versions cite
 * match too.
 */
export interface SubscriptionFilter {
  /** Code slugs. */
  codes: string[];
  /** Article cids (`LEGIARTI…`) or article number keys (`L1523-1`, as the parser's `numKey`). */
  articles: string[];
  /** Section titles from the root of the code: a change in that section or below matches. */
  sectionPrefixes: string[][];
  kinds: ChangeKind[];
  cites: boolean;
}

export const EMPTY_FILTER: SubscriptionFilter = { codes: [], articles: [], sectionPrefixes: [], kinds: [], cites: false };

export class SubscriptionFilterError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid filter: ${problems.join('; ')}`);
    this.name = 'SubscriptionFilterError';
  }
}

const CODE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARTICLE_CID = /^LEGIARTI\d+$/;
const FIELDS = new Set(Object.keys(EMPTY_FILTER));
const MAX_ENTRIES = 1_000;

/**
 * Reads a filter as a client sends it (any field may be left out), naming every wrong field. Article numbers are
 * turned into keys ("L. 1523-1" → "L1523-1"), so they match however the source spaces them.
 */
export function parseSubscriptionFilter(input: unknown): SubscriptionFilter {
  if (input === undefined || input === null) return structuredClone(EMPTY_FILTER);
  if (typeof input !== 'object' || Array.isArray(input)) throw new SubscriptionFilterError(['filter must be an object']);
  const fields = input as Record<string, unknown>;
  const problems = Object.keys(fields)
    .filter((field) => !FIELDS.has(field))
    .map((field) => `filter.${field} is not a filter field (${[...FIELDS].join(', ')})`);
  const strings = (field: string, check: (value: string) => string | null): string[] => {
    const value = fields[field] ?? [];
    if (!Array.isArray(value) || value.length > MAX_ENTRIES) {
      problems.push(`filter.${field} must be a list of at most ${MAX_ENTRIES} strings`);
      return [];
    }
    return value.flatMap((entry, index) => {
      const problem = typeof entry === 'string' && entry.trim() !== '' ? check(entry.trim()) : 'must be a non-empty string';
      if (problem === null) return [entry.trim() as string];
      problems.push(`filter.${field}[${index}] ${problem}`);
      return [];
    });
  };

  const codes = strings('codes', (slug) => (CODE_SLUG.test(slug) ? null : `"${slug}" is not a code slug`));
  const articles = strings('articles', () => null).map((entry) =>
    ARTICLE_CID.test(entry) ? entry : canonicalArticleNumber(entry),
  );
  const kinds = strings('kinds', (kind) =>
    (CHANGE_KINDS as readonly string[]).includes(kind) ? null : `"${kind}" is not a change kind (${CHANGE_KINDS.join(', ')})`,
  ) as ChangeKind[];
  const sectionPrefixes = sectionPrefixesOf(fields.sectionPrefixes, problems);
  const cites = fields.cites ?? false;
  if (typeof cites !== 'boolean') problems.push('filter.cites must be true or false');
  if (cites === true && articles.length === 0) problems.push('filter.cites needs filter.articles: whose citations?');
  if (problems.length > 0) throw new SubscriptionFilterError(problems);
  return { codes: unique(codes), articles: unique(articles), sectionPrefixes, kinds: unique(kinds), cites: cites === true };
}

function sectionPrefixesOf(value: unknown, problems: string[]): string[][] {
  if (value === undefined) return [];
  const valid =
    Array.isArray(value) &&
    value.length <= MAX_ENTRIES &&
    value.every(
      (path) =>
        Array.isArray(path) && path.length > 0 && path.every((title) => typeof title === 'string' && title.trim() !== ''),
    );
  if (!valid) {
    problems.push('filter.sectionPrefixes must be a list of section paths, each a non-empty list of titles from the root');
    return [];
  }
  return (value as string[][]).map((path) => path.map((title) => title.trim()));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
