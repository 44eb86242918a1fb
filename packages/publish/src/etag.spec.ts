import { describe, expect, it } from 'vitest';
import { etagFor } from './etag.js';
import { feedMetaFor } from './feeds/feed.test-helpers.js';
import { renderAtom } from './feeds/xml-feeds.js';
import { amendedL211_7, REAL_CHANGES, SITE } from './real-changes.test-helpers.js';

describe('etagFor', () => {
  it('is a strong, quoted tag equal for equal bytes, whether given as text or bytes', () => {
    const atom = renderAtom(REAL_CHANGES, feedMetaFor('atom'), SITE);
    const tag = etagFor(atom);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(etagFor(renderAtom([...REAL_CHANGES].reverse(), feedMetaFor('atom'), SITE))).toBe(tag);
    expect(etagFor(Buffer.from(atom, 'utf8'))).toBe(tag);
  });

  it('changes when one change more is published', () => {
    const before = renderAtom(REAL_CHANGES.slice(1), feedMetaFor('atom'), SITE);
    const after = renderAtom(REAL_CHANGES, feedMetaFor('atom'), SITE);
    expect(etagFor(after)).not.toBe(etagFor(before));
    expect(etagFor(renderAtom([amendedL211_7], feedMetaFor('atom'), SITE))).not.toBe(etagFor(after));
  });
});
