import { type ArticleVersion, type CalendarDay, UNDETERMINED } from '@legifeed/parser';

/**
 * True when the version takes effect after `asOf`, or on a day not fixed yet. The dates decide, not `etat`:
 * the source flips VIGUEUR_DIFF to VIGUEUR days after the start date, so a VIGUEUR_DIFF version whose day has
 * come is already the text in force.
 */
export function startsLater(version: ArticleVersion, asOf: CalendarDay): boolean {
  return version.validFrom === UNDETERMINED || version.validFrom > asOf;
}

/**
 * The version in force on `asOf` among one article's versions: the latest one that has started, an in-force
 * state winning a tie, then the first row. Null when every version starts later.
 */
export function currentVersion(versions: readonly ArticleVersion[], asOf: CalendarDay): ArticleVersion | null {
  let current: ArticleVersion | null = null;
  for (const version of versions) {
    if (startsLater(version, asOf)) continue;
    if (current === null || startsEarlier(current, version)) current = version;
  }
  return current;
}

/** The version that stands for the article: the one in force, else the first one due. `versions` is not empty. */
export function representativeVersion(versions: readonly ArticleVersion[], asOf: CalendarDay): ArticleVersion {
  const firstDue = (first: ArticleVersion, version: ArticleVersion) => (startsBefore(version, first) ? version : first);
  return currentVersion(versions, asOf) ?? versions.reduce(firstDue);
}

/** Out of the code: repealed, or another end state of the source (TRANSFERE, PERIME, ANNULE, …). */
export function hasEnded(version: ArticleVersion): boolean {
  return version.status === 'repealed' || version.status === 'other';
}

/** Start order, an undetermined start after every fixed one. */
function startsBefore(a: ArticleVersion, b: ArticleVersion): boolean {
  if (a.validFrom === b.validFrom) return false;
  if (b.validFrom === UNDETERMINED) return true;
  return a.validFrom !== UNDETERMINED && a.validFrom < b.validFrom;
}

function startsEarlier(held: ArticleVersion, candidate: ArticleVersion): boolean {
  if (candidate.validFrom !== held.validFrom) return candidate.validFrom > held.validFrom;
  return !isLive(held) && isLive(candidate);
}

/** In force, or due to be: not superseded, repealed or otherwise out of the code. */
function isLive(version: ArticleVersion): boolean {
  return version.status === 'in_force' || version.status === 'scheduled' || version.status === 'repeal_scheduled';
}

/**
 * True when the version is due to end without a successor: `ABROGE_DIFF`, or a live version whose end is set
 * after `asOf` (or undetermined). An end that only makes room for a sibling version starting that day is a
 * replacement, announced as that version, not a repeal.
 */
export function isRepealScheduled(
  version: ArticleVersion,
  siblings: readonly ArticleVersion[],
  asOf: CalendarDay,
): boolean {
  const endsLater =
    version.status === 'repeal_scheduled' ||
    (isLive(version) && version.validTo !== null && (version.validTo === UNDETERMINED || version.validTo > asOf));
  if (!endsLater) return false;
  return !siblings.some((sibling) => sibling.id !== version.id && sibling.validFrom === version.validTo);
}
