import type { ArticleVersion } from '@legifeed/parser';
import type { Change } from '../types.js';

/** The version that stood for an article in the previous dump and the one that stands for it now. */
export interface ArticlePlacementPair {
  before: ArticleVersion;
  after: ArticleVersion;
}

/**
 * One `section_retitled` change per section whose title changed, however many articles sit under it.
 *
 * A row only names its own section (`parentCid`) and the titles of the path down to it. So the evidence comes
 * from articles that stayed in the same section (same `parentCid`) while a title of their path changed: each
 * depth where the old and new titles differ is a retitled section. The article's own section is identified by
 * its cid; an ancestor by its old title path, which all the articles under it share, and by its cid when some
 * article sits directly in it. When a level was added or removed above an article, only its own section's
 * title can be compared.
 */
export function sectionRetitles(pairs: Iterable<ArticlePlacementPair>): Change[] {
  const stayed = oneArticlePerSection(pairs);
  const sectionCidByOldPath = new Map<string, string>();
  for (const { before } of stayed) {
    const { parentCid, path } = before.section;
    if (parentCid !== null) sectionCidByOldPath.set(pathKey(path), parentCid);
  }

  const retitles = new Map<string, Change>();
  for (const { before, after } of stayed) {
    for (const depth of retitledDepths(before.section.path, after.section.path)) {
      const isOwnSection = depth === before.section.path.length - 1;
      const oldPath = before.section.path.slice(0, depth + 1);
      const newPath = isOwnSection ? [...after.section.path] : after.section.path.slice(0, depth + 1);
      const cid = isOwnSection ? before.section.parentCid : (sectionCidByOldPath.get(pathKey(oldPath)) ?? null);
      const identity = cid ?? `path:${pathKey(oldPath)}`;
      if (retitles.has(identity)) continue;
      retitles.set(identity, {
        kind: 'section_retitled',
        code: after.code.slug,
        article: null,
        section: { cid, path: newPath },
        before: null,
        after: null,
        effectiveDate: null,
        diff: null,
        sectionBefore: { cid, path: oldPath },
      });
    }
  }
  return [...retitles.values()];
}

/**
 * The articles that stayed in their section, one for each section: a dump gives every article of a section the
 * same path, so one tells all (a code of 7,000 articles has about 1,500 sections). Articles with no section cid
 * are all kept.
 */
function oneArticlePerSection(pairs: Iterable<ArticlePlacementPair>): ArticlePlacementPair[] {
  const seenSections = new Set<string>();
  const stayed: ArticlePlacementPair[] = [];
  for (const pair of pairs) {
    const section = pair.before.section.parentCid;
    if (section !== pair.after.section.parentCid) continue;
    if (section !== null) {
      if (seenSections.has(section)) continue;
      seenSections.add(section);
    }
    stayed.push(pair);
  }
  return stayed;
}

/** Depths (0 = the code's top level) of the old path whose title changed. */
function retitledDepths(oldPath: readonly string[], newPath: readonly string[]): number[] {
  if (oldPath.length === newPath.length) {
    return oldPath.flatMap((title, depth) => (title === newPath[depth] ? [] : [depth]));
  }
  const ownDepth = oldPath.length - 1;
  return ownDepth >= 0 && newPath.length > 0 && oldPath[ownDepth] !== newPath.at(-1) ? [ownDepth] : [];
}

function pathKey(path: readonly string[]): string {
  return path.join('\u0000');
}
