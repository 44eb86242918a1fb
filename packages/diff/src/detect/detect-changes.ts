import type { ArticleVersion } from '@legifeed/parser';
import type { Change, CodeState, DetectionOptions, DetectionResult } from '../types.js';
import { compareChanges } from './change-order.js';
import { classifyArticle, type ArticleContext } from './classify-article.js';
import { groupByArticle } from './dump-articles.js';
import { dumpHold } from './dump-hold.js';
import { type ArticlePlacementPair, sectionRetitles } from './section-retitles.js';
import { representativeVersion } from './version-timeline.js';

/**
 * What changed in a code between the last published dump (`state`) and a new one (`versions`, its normalised
 * rows in any order). Two cases publish nothing and only return the state to keep:
 * - a suspect dump (empty, a required column missing, too many rows gone) comes back `hold`; the operator
 *   releases it (detection runs again with `released`) or discards it. Nothing at all is published from it,
 *   not only no repeal: a partial dump also shows wrong amendments and moves, and the next sound dump, compared
 *   with the last published state, announces everything that really happened;
 * - a first ingest (no state, no previous row count) is the baseline: announcing each of thousands of
 *   articles as `created` would bury every subscriber's feed under noise that is no change of the law.
 */
export function detectChanges(
  state: CodeState,
  versions: Iterable<ArticleVersion>,
  options: DetectionOptions,
): DetectionResult {
  const { articles: nextState, rowCount } = groupByArticle(versions);
  const hold = options.released
    ? null
    : dumpHold({
        rowCount,
        previousRowCount: state.previousRowCount,
        maxRowDrop: options.maxRowDrop,
        missingColumns: options.missingColumns,
      });
  const isBaseline = state.previousRowCount === null && state.articles.size === 0;
  if (hold !== null || isBaseline) return { changes: [], technical: 0, hold, nextState, rowCount };

  const context: ArticleContext = { asOf: options.asOf, announcedVersionIds: state.announcedVersionIds };
  const changes: Change[] = [];
  const placements: ArticlePlacementPair[] = [];
  let technical = 0;
  for (const [cid, next] of nextState) {
    const previous = state.articles.get(cid) ?? [];
    const outcome = classifyArticle(previous, next, context);
    changes.push(...outcome.changes);
    if (outcome.technical) technical += 1;
    if (previous.length > 0) {
      const before = representativeVersion(previous, options.asOf);
      placements.push({ before, after: representativeVersion(next, options.asOf) });
    }
  }
  const mayHaveLostRows = (options.unreadableRows ?? 0) > 0;
  for (const [cid, previous] of state.articles) {
    if (nextState.has(cid)) continue;
    if (mayHaveLostRows) nextState.set(cid, [...previous]);
    else changes.push(...classifyArticle(previous, [], context).changes);
  }
  changes.push(...sectionRetitles(placements));
  changes.sort(compareChanges);
  return { changes, technical, hold: null, nextState, rowCount };
}
