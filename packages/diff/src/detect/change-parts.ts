import type { ArticleVersion, SectionPlacement } from '@legifeed/parser';
import { comparisonKey } from '../article-diff/tokenize.js';
import type { ArticleRef, SectionRef, VersionRef } from '../types.js';

export function versionRef(version: ArticleVersion): VersionRef {
  return {
    id: version.id,
    num: version.num,
    etat: version.etat,
    validFrom: version.validFrom,
    validTo: version.validTo,
  };
}

export function articleRef(version: ArticleVersion): ArticleRef {
  return { cid: version.cid, num: version.num, numKey: version.numKey };
}

export function sectionRef(section: SectionPlacement): SectionRef {
  return { cid: section.parentCid, path: [...section.path] };
}

/** Légifrance prints an article's nota under its text after this label. */
const NOTA_LABEL = 'NOTA :';

/**
 * The alinéas a reader sees for a version: the text, then the nota under its label. The nota belongs to the
 * legal content (it often states when and to whom the text applies), so its changes are diffed and announced
 * like the text's.
 */
export function legalParagraphs(version: ArticleVersion): string[] {
  if (version.notaText === '') return version.paragraphs;
  return [...version.paragraphs, NOTA_LABEL, ...version.notaText.split('\n')];
}

/**
 * True when two versions say something different: their text or nota differ once whitespace, apostrophe shapes
 * and table-cell boundaries (the " | " the parser joins cells with) are set aside. Those are all the source's
 * markup rewrites touch: a table whose rows the old markup ran together, spaces around links and URLs.
 * Dates, state and number are compared apart.
 */
export function wordingDiffers(before: ArticleVersion, after: ArticleVersion): boolean {
  return readsDifferently(before.text, after.text) || readsDifferently(before.notaText, after.notaText);
}

function readsDifferently(before: string, after: string): boolean {
  return before !== after && wordingKey(before) !== wordingKey(after);
}

const LAYOUT = /[\s|]+/g;

function wordingKey(text: string): string {
  return comparisonKey(text).replace(LAYOUT, '');
}
