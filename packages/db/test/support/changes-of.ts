import type { VersionRef } from '@legifeed/diff';
import type { ArticleVersion } from '@legifeed/parser';
import type { NewChange } from '../../src/index.js';

// Changes as packages/diff describes them, built from real stored versions: storage tests need changes that
// point at real articles, sections and dates, whatever the classifier would say about these versions.

function refOf(version: ArticleVersion): VersionRef {
  return {
    id: version.id,
    num: version.num,
    etat: version.etat,
    validFrom: version.validFrom,
    validTo: version.validTo,
  };
}

export function createdChange(version: ArticleVersion): NewChange {
  return {
    kind: 'created',
    code: version.code.slug,
    article: { cid: version.cid, num: version.num, numKey: version.numKey },
    section: { cid: version.section.parentCid, path: version.section.path },
    before: null,
    after: refOf(version),
    effectiveDate: version.validFrom,
    diff: null,
    sectionBefore: null,
    summary: `Article ${version.num} créé`,
  };
}

export function repealedChange(version: ArticleVersion): NewChange {
  return {
    ...createdChange(version),
    kind: 'repealed',
    before: refOf(version),
    after: null,
    effectiveDate: null,
    summary: `Article ${version.num} abrogé`,
  };
}
