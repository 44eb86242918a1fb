import type { ArticleVersion, CalendarDay } from '@legifeed/parser';

/**
 * The version in force on `day`: it started on or before it (a known day) and had not ended (the end is the
 * first day without it; an undetermined end has not come yet). When the source lets versions overlap, the one
 * that started last wins.
 */
export function versionInForceOn<V extends Pick<ArticleVersion, 'validFrom' | 'validTo'>>(versions: readonly V[], day: CalendarDay): V | null {
  let found: V | null = null;
  for (const version of versions) {
    const { validFrom, validTo } = version;
    if (validFrom === 'undetermined' || validFrom > day) continue;
    if (validTo !== null && validTo !== 'undetermined' && validTo <= day) continue;
    if (found === null || validFrom >= found.validFrom) found = version;
  }
  return found;
}

/** The version that speaks for the article: the one in force now, else the one starting last. */
export function representativeVersion<V extends Pick<ArticleVersion, 'status'>>(versions: readonly V[]): V | undefined {
  return versions.findLast((version) => version.status === 'in_force') ?? versions.at(-1);
}
