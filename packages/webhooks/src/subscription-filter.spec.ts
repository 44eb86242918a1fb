import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, parseSubscriptionFilter, SubscriptionFilterError } from './subscription-filter.js';

describe('parseSubscriptionFilter', () => {
  it('fills what is left out and keys article numbers as the parser does', () => {
    expect(parseSubscriptionFilter(undefined)).toEqual(EMPTY_FILTER);
    expect(
      parseSubscriptionFilter({
        codes: ['code-des-relations-entre-le-public-et-l-administration'],
        articles: ['L. 211-2', 'LEGIARTI000031367412', 'L211-2', 'R*562-9'],
        sectionPrefixes: [[' Livre II : LES ACTES UNILATÉRAUX PRIS PAR L\'ADMINISTRATION ']],
        kinds: ['amended', 'repealed'],
        cites: true,
      }),
    ).toEqual({
      codes: ['code-des-relations-entre-le-public-et-l-administration'],
      articles: ['L211-2', 'LEGIARTI000031367412', 'R*562-9'],
      sectionPrefixes: [["Livre II : LES ACTES UNILATÉRAUX PRIS PAR L'ADMINISTRATION"]],
      kinds: ['amended', 'repealed'],
      cites: true,
    });
  });

  it('names every wrong field at once', () => {
    let error: unknown;
    try {
      parseSubscriptionFilter({ codes: ['CSS'], kinds: ['changed'], sectionPrefixes: [[]], cites: 'yes', extra: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SubscriptionFilterError);
    expect((error as SubscriptionFilterError).problems).toEqual([
      'filter.extra is not a filter field (codes, articles, sectionPrefixes, kinds, cites)',
      'filter.codes[0] "CSS" is not a code slug',
      expect.stringMatching(/^filter\.kinds\[0\] "changed" is not a change kind \(created, amended, /),
      'filter.sectionPrefixes must be a list of section paths, each a non-empty list of titles from the root',
      'filter.cites must be true or false',
    ]);
  });

  it('refuses cites without articles to take the citations from', () => {
    expect(() => parseSubscriptionFilter({ cites: true })).toThrow('filter.cites needs filter.articles');
  });
});
