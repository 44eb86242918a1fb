import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { changeQueryString, DEFAULT_LIMIT, formFilters, parseChangeQuery } from './change-query.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const parse = (query: Record<string, string | string[]>) => parseChangeQuery(query, { paged: true });

function messageOf(query: Record<string, string | string[]>, options = { paged: true }): string {
  try {
    parseChangeQuery(query, options);
  } catch (error) {
    if (error instanceof BadRequestException) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe('parseChangeQuery', () => {
  it('reads every filter, repeated and comma-separated values included', () => {
    const query = parse({
      code: 'code-des-relations-entre-le-public-et-l-administration',
      article: ['R114-9-1', 'L100-1,LEGIARTI000031370813'],
      section: "Livre V : DISPOSITIONS RELATIVES À L'OUTRE-MER",
      kind: ['repealed', 'amended,created'],
      since: '2023-01-01',
      until: '2023-05-16',
      dateField: 'effective',
      q: 'téléservice',
      cites: 'R572-3',
      limit: '10',
      cursor: encodeCursor({ direction: 'older', sequence: 28 }),
    });
    expect(query).toEqual({
      code: 'code-des-relations-entre-le-public-et-l-administration',
      articles: ['R114-9-1', 'L100-1', 'LEGIARTI000031370813'],
      section: "Livre V : DISPOSITIONS RELATIVES À L'OUTRE-MER",
      // In the canonical order of kinds.
      kinds: ['created', 'amended', 'repealed'],
      since: '2023-01-01',
      until: '2023-05-16',
      dateField: 'effective',
      q: 'téléservice',
      cites: 'R572-3',
      limit: 10,
      cursor: { direction: 'older', sequence: 28 },
    });
  });

  it('defaults to the newest page of 50 on detection dates', () => {
    expect(parse({})).toMatchObject({ articles: [], kinds: [], dateField: 'detected', limit: DEFAULT_LIMIT, cursor: null });
  });

  it('says what is wrong', () => {
    expect(messageOf({ kind: 'amended', sort: 'asc' })).toBe(
      'unknown query parameter "sort": this address accepts code, article, section, kind, since, until, dateField, q, cites, limit, cursor',
    );
    expect(messageOf({ cursor: 'x' }, { paged: false })).toMatch(/^unknown query parameter "cursor"/);
    expect(messageOf({ since: '2023-2-1' })).toBe('since: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "2023-2-1"');
    expect(messageOf({ limit: '1.5' })).toBe('limit: expected a whole number from 1 to 500, got "1.5"');
    expect(messageOf({ q: 'x'.repeat(201) })).toBe('q: at most 200 characters (got 201)');
    expect(messageOf({ article: Array.from({ length: 51 }, (_, index) => `L${index}`) })).toBe('article: at most 50 articles (got 51)');
  });

  it('leaves out the parameter a short address fixes', () => {
    expect(messageOf({ code: 'x' }, { paged: false, fixed: 'code' } as never)).toMatch(/^unknown query parameter "code"/);
  });
});

describe('changeQueryString', () => {
  it('spells equal filters the same way, defaults left out', () => {
    const a = parse({ kind: ['repealed', 'amended'], since: '2023-01-01', article: 'R572-3', limit: '50', dateField: 'detected' });
    const b = parse({ dateField: 'detected', article: 'R572-3', since: '2023-01-01', kind: 'amended,repealed' });
    expect(changeQueryString(a)).toBe('?article=R572-3&kind=amended&kind=repealed&since=2023-01-01');
    expect(changeQueryString(b)).toBe(changeQueryString(a));
    expect(changeQueryString(parse({}))).toBe('');
  });

  it('keeps dateField only when it bounds a date, and adds the cursor when asked', () => {
    const query = parse({ dateField: 'effective', until: '2023-01-01', limit: '10' });
    expect(changeQueryString(query, { limit: false, cursor: { direction: 'newer', sequence: 3 } })).toBe(
      `?until=2023-01-01&dateField=effective&cursor=${encodeCursor({ direction: 'newer', sequence: 3 })}`,
    );
    expect(changeQueryString(parse({ dateField: 'effective' }))).toBe('');
  });
});

describe('formFilters', () => {
  it('gives the form its fields back, articles joined as the field takes them', () => {
    expect(formFilters(parse({ article: ['R572-3', 'L100-1'], kind: 'amended', since: '2023-01-01' }))).toEqual({
      article: 'R572-3, L100-1',
      kind: ['amended'],
      since: '2023-01-01',
      dateField: 'detected',
    });
  });
});

describe('cursors', () => {
  it('round-trip, and anything else is refused', () => {
    for (const cursor of [{ direction: 'older', sequence: 1 }, { direction: 'newer', sequence: 123_456_789 }] as const) {
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }
    expect(() => decodeCursor(Buffer.from('o-1').toString('base64url'))).toThrow(BadRequestException);
    expect(() => decodeCursor('')).toThrow(BadRequestException);
  });
});
