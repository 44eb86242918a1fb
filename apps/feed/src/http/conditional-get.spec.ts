import { describe, expect, it } from 'vitest';
import { isNotModified } from './conditional-get.js';

const current = { etag: '"abc"', lastModified: new Date('2023-05-16T04:12:34.567Z') };

describe('isNotModified', () => {
  it('matches If-None-Match weakly, in a list, or with *', () => {
    expect(isNotModified({ ifNoneMatch: '"abc"' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: 'W/"abc"' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"x", "abc"' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '*' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"abcd"' }, current)).toBe(false);
  });

  it('compares If-Modified-Since to the second, only without If-None-Match', () => {
    expect(isNotModified({ ifModifiedSince: 'Tue, 16 May 2023 04:12:34 GMT' }, current)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Tue, 16 May 2023 04:12:33 GMT' }, current)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'not a date' }, current)).toBe(false);
    expect(isNotModified({ ifNoneMatch: '"x"', ifModifiedSince: 'Tue, 16 May 2023 04:12:34 GMT' }, current)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'Tue, 16 May 2023 04:12:34 GMT' }, { ...current, lastModified: null })).toBe(false);
  });
});
