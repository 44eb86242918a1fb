import { describe, expect, it } from 'vitest';
import { version } from './article-version.test-helpers.js';
import { currentVersion, isRepealScheduled, representativeVersion, startsLater } from './version-timeline.js';

const AS_OF = '2023-05-16';

describe('startsLater', () => {
  it('goes by the start date, and an undetermined start is later', () => {
    expect(startsLater(version({ id: 'A', validFrom: '2023-05-17' }), AS_OF)).toBe(true);
    expect(startsLater(version({ id: 'A', validFrom: '2023-05-16' }), AS_OF)).toBe(false);
    expect(startsLater(version({ id: 'A', validFrom: 'undetermined' }), AS_OF)).toBe(true);
    expect(startsLater(version({ id: 'A', etat: 'VIGUEUR_DIFF', validFrom: '2023-01-01' }), AS_OF)).toBe(false);
  });
});

describe('currentVersion', () => {
  it('picks the latest version that has started, the one in force on a tie', () => {
    const old = version({ id: 'A1', etat: 'MODIFIE', validFrom: '2020-01-01' });
    const inForce = version({ id: 'A2', validFrom: '2021-01-01' });
    const sameDaySuperseded = version({ id: 'A3', etat: 'MODIFIE', validFrom: '2021-01-01' });
    const later = version({ id: 'A4', validFrom: '2024-01-01' });
    expect(currentVersion([old, sameDaySuperseded, inForce, later], AS_OF)?.id).toBe('A2');
    expect(currentVersion([later], AS_OF)).toBeNull();
  });

  it('stands an article with only future versions for its first one due', () => {
    const due = version({ id: 'A1', validFrom: '2024-01-01' });
    const undetermined = version({ id: 'A2', validFrom: 'undetermined' });
    expect(representativeVersion([undetermined, due], AS_OF).id).toBe('A1');
  });
});

describe('isRepealScheduled', () => {
  it('holds for ABROGE_DIFF, even past its day, and for a future end', () => {
    expect(isRepealScheduled(version({ id: 'A', etat: 'ABROGE_DIFF', validTo: '2023-01-01' }), [], AS_OF)).toBe(true);
    expect(isRepealScheduled(version({ id: 'A', validTo: '2024-01-01' }), [], AS_OF)).toBe(true);
    expect(isRepealScheduled(version({ id: 'A', validTo: 'undetermined' }), [], AS_OF)).toBe(true);
  });

  it('does not hold for an open end, a past end, an ended version, or an end a successor takes over', () => {
    expect(isRepealScheduled(version({ id: 'A' }), [], AS_OF)).toBe(false);
    expect(isRepealScheduled(version({ id: 'A', validTo: '2023-01-01' }), [], AS_OF)).toBe(false);
    expect(isRepealScheduled(version({ id: 'A', etat: 'MODIFIE', validTo: '2024-01-01' }), [], AS_OF)).toBe(false);
    const ending = version({ id: 'A1', validTo: '2024-01-01' });
    expect(isRepealScheduled(ending, [ending, version({ id: 'A2', validFrom: '2024-01-01' })], AS_OF)).toBe(false);
  });
});
