import type { ArticleVersion, CalendarDay, DateBound } from '@legifeed/parser';
import { diffArticle } from '../article-diff/diff-article.js';
import type { Change, ChangeKind, SectionRef } from '../types.js';
import { articleRef, legalParagraphs, sectionRef, versionRef, wordingDiffers } from './change-parts.js';
import { currentVersion, hasEnded, isRepealScheduled, representativeVersion, startsLater } from './version-timeline.js';

export interface ArticleContext {
  asOf: CalendarDay;
  announcedVersionIds: ReadonlySet<string>;
}

export interface ArticleOutcome {
  changes: Change[];
  /**
   * A version's row was rewritten in place (its raw hash changed) and nothing is announced about the article:
   * markup, typography, or the title of a section above it (announced once, for the section).
   */
  technical: boolean;
}

/** One article's versions in the previous dump and in the new one. */
interface ArticleTimeline {
  previous: readonly ArticleVersion[];
  previousById: ReadonlyMap<string, ArticleVersion>;
  next: readonly ArticleVersion[];
  /** The version in force on the day of the new dump, null when every version starts later. */
  nextCurrent: ArticleVersion | null;
}

/**
 * What happened to one article (one cid) between the last published dump and the new one. `previous` and
 * `next` are the article's versions in each dump, without duplicate ids; either may be empty. Section
 * retitles are found across articles, apart (see section-retitles.ts).
 */
export function classifyArticle(
  previous: readonly ArticleVersion[],
  next: readonly ArticleVersion[],
  context: ArticleContext,
): ArticleOutcome {
  if (next.length === 0) return { changes: goneArticleChanges(previous, context), technical: false };
  if (previous.length === 0) return { changes: newArticleChanges(next, context), technical: false };
  return knownArticleOutcome(previous, next, context);
}

/** The cid left a sound dump: the article is repealed, on the end date of its last version when one was set. */
function goneArticleChanges(previous: readonly ArticleVersion[], { asOf }: ArticleContext): Change[] {
  const last = representativeVersion(previous, asOf);
  return [makeChange('repealed', { before: last, after: null, effectiveDate: last.validTo })];
}

/**
 * A cid not seen before: `created` for the version that stands for it (the one in force, else the first due),
 * with a future effective date when it takes effect later; its later versions are `scheduled`. An article
 * that arrives already ended, or whose version was announced before, is not news.
 */
function newArticleChanges(next: readonly ArticleVersion[], context: ArticleContext): Change[] {
  const { asOf, announcedVersionIds } = context;
  const primary = representativeVersion(next, asOf);
  if (hasEnded(primary)) return [];
  const changes: Change[] = [];
  if (!announcedVersionIds.has(primary.id)) {
    changes.push(makeChange('created', { before: null, after: primary, effectiveDate: primary.validFrom }));
  }
  for (const version of next) {
    if (version === primary || !startsLater(version, asOf) || announcedVersionIds.has(version.id)) continue;
    changes.push(wordingChange('scheduled', primary, version, version.validFrom));
  }
  changes.push(...repealScheduledChanges(null, primary, { previous: [], next }, asOf));
  return changes;
}

function knownArticleOutcome(
  previous: readonly ArticleVersion[],
  next: readonly ArticleVersion[],
  context: ArticleContext,
): ArticleOutcome {
  const previousById = new Map(previous.map((version) => [version.id, version]));
  const timeline: ArticleTimeline = { previous, previousById, next, nextCurrent: currentVersion(next, context.asOf) };
  const changes: Change[] = [];
  let rewritten = false;
  for (const version of next) {
    const before = previousById.get(version.id);
    if (before !== undefined) {
      changes.push(...sameVersionChanges(before, version, timeline, context));
      rewritten ||= before.rawHash !== version.rawHash;
    } else if (!context.announcedVersionIds.has(version.id)) {
      changes.push(...newVersionChanges(version, timeline, context));
    }
  }
  changes.push(...placementChanges(previous, next, context.asOf));
  return { changes, technical: rewritten && changes.length === 0 };
}

/**
 * A version id already known: its wording changed in place (`corrected`), it ended (`repealed`), or an end
 * was set or moved (`repeal_scheduled`). A scheduled version taking effect is silent: it was announced.
 */
function sameVersionChanges(
  before: ArticleVersion,
  after: ArticleVersion,
  timeline: ArticleTimeline,
  context: ArticleContext,
): Change[] {
  const changes: Change[] = [];
  if (wordingDiffers(before, after)) changes.push(wordingChange('corrected', before, after, null));
  if (after === timeline.nextCurrent && hasEnded(after) && !hasEnded(before)) {
    changes.push(makeChange('repealed', { before, after, effectiveDate: after.validTo }));
  }
  changes.push(...repealScheduledChanges(before, after, timeline, context.asOf));
  return changes;
}

/**
 * A version id never seen for a known article: `scheduled` when it takes effect later (diffed against the text
 * in force), `repealed` when it is the current version and ends the article, else `amended` (diffed against
 * the version it follows).
 */
function newVersionChanges(version: ArticleVersion, timeline: ArticleTimeline, context: ArticleContext): Change[] {
  if (startsLater(version, context.asOf)) {
    const inForce = timeline.nextCurrent ?? predecessor(version, timeline, context.asOf);
    return [
      wordingChange('scheduled', inForce, version, version.validFrom),
      ...repealScheduledChanges(null, version, timeline, context.asOf),
    ];
  }
  const before = predecessor(version, timeline, context.asOf);
  if (hasEnded(version)) {
    if (version !== timeline.nextCurrent) return [];
    return [makeChange('repealed', { before, after: version, effectiveDate: version.validTo })];
  }
  return [
    wordingChange('amended', before, version, version.validFrom),
    ...repealScheduledChanges(null, version, timeline, context.asOf),
  ];
}

/**
 * The version a new one follows: the one the source names as its predecessor, else among the previous versions
 * gone from the new dump (replaced) the latest in force, else the previous version in force.
 */
function predecessor(version: ArticleVersion, timeline: ArticleTimeline, asOf: CalendarDay): ArticleVersion {
  const named = version.previousVersionId;
  if (named !== null) {
    const found = timeline.previousById.get(named) ?? timeline.next.find((sibling) => sibling.id === named);
    if (found !== undefined) return found;
  }
  const nextIds = new Set(timeline.next.map((sibling) => sibling.id));
  const replaced = timeline.previous.filter((old) => !nextIds.has(old.id));
  return currentVersion(replaced, asOf) ?? representativeVersion(timeline.previous, asOf);
}

/**
 * `repeal_scheduled` when `after` is due to end and `before` (the same version in the previous dump, or null
 * for a version new to us) was not due to end on that same day: a repeal newly set, brought forward or put off.
 */
function repealScheduledChanges(
  before: ArticleVersion | null,
  after: ArticleVersion,
  timeline: Pick<ArticleTimeline, 'previous' | 'next'>,
  asOf: CalendarDay,
): Change[] {
  if (!isRepealScheduled(after, timeline.next, asOf)) return [];
  const alreadyDue =
    before !== null && isRepealScheduled(before, timeline.previous, asOf) && before.validTo === after.validTo;
  if (alreadyDue) return [];
  return [makeChange('repeal_scheduled', { before, after, effectiveDate: after.validTo })];
}

/**
 * `renumbered` (canonical number changed) and `moved` (parent section changed), comparing the versions that
 * stand for the article in each dump. They apply from detection (no date): when a new version comes with them,
 * its start is often the first start of the article's wording, not the day of the renumbering, and the
 * `amended` change of that version carries it anyway.
 */
function placementChanges(
  previous: readonly ArticleVersion[],
  next: readonly ArticleVersion[],
  asOf: CalendarDay,
): Change[] {
  const before = representativeVersion(previous, asOf);
  const after = representativeVersion(next, asOf);
  const changes: Change[] = [];
  if (before.numKey !== after.numKey) changes.push(makeChange('renumbered', { before, after, effectiveDate: null }));
  if (before.section.parentCid !== after.section.parentCid) {
    const sectionBefore = sectionRef(before.section);
    changes.push(makeChange('moved', { before, after, effectiveDate: null, sectionBefore }));
  }
  return changes;
}

function wordingChange(
  kind: ChangeKind,
  before: ArticleVersion,
  after: ArticleVersion,
  effectiveDate: DateBound | null,
): Change {
  // No time bound: the diff is part of the change's id, which must come out the same when a dump is ingested
  // again (a retried or restarted run) however loaded the machine. The edit-length bound keeps it bounded.
  const diff = diffArticle(legalParagraphs(before), legalParagraphs(after), { timeoutMs: Number.POSITIVE_INFINITY });
  return makeChange(kind, { before, after, effectiveDate, diff });
}

interface ChangeFacts {
  before: ArticleVersion | null;
  after: ArticleVersion | null;
  effectiveDate: DateBound | null;
  diff?: Change['diff'];
  sectionBefore?: SectionRef;
}

function makeChange(kind: ChangeKind, facts: ChangeFacts): Change {
  const { before, after, effectiveDate, diff = null, sectionBefore = null } = facts;
  const subject = after ?? before;
  if (subject === null) throw new Error(`A ${kind} change needs a version before or after`);
  return {
    kind,
    code: subject.code.slug,
    article: articleRef(subject),
    section: sectionRef(subject.section),
    before: before === null ? null : versionRef(before),
    after: after === null ? null : versionRef(after),
    effectiveDate,
    diff,
    sectionBefore,
  };
}

