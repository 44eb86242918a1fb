import { UNDETERMINED } from '@legifeed/parser';
import { describe, expect, it } from 'vitest';
import { describePeriod, frenchDay, frenchInstant, fromDate, onDate } from './dates.js';

describe('frenchDay', () => {
  it('says the first of the month "1er" and other days as numbers', () => {
    expect(frenchDay('2025-01-01')).toBe('1er janvier 2025');
    expect(frenchDay('2024-03-02')).toBe('2 mars 2024');
    expect(frenchDay('2023-08-31')).toBe('31 août 2023');
    expect(frenchDay('2017-12-06')).toBe('6 décembre 2017');
  });

  it('refuses what is not a YYYY-MM-DD day, naming it', () => {
    expect(() => frenchDay('01/01/2025')).toThrow('"01/01/2025" is not a YYYY-MM-DD day');
    expect(() => frenchDay('2025-13-01')).toThrow('month 13 out of range');
  });
});

describe('frenchInstant', () => {
  it('says an instant in Paris time, summer and winter offsets included', () => {
    expect(frenchInstant('2023-05-15T03:47:09.000Z')).toBe('15 mai 2023 à 5 h 47 (heure de Paris)');
    expect(frenchInstant('2024-01-02T05:12:40.000Z')).toBe('2 janvier 2024 à 6 h 12 (heure de Paris)');
  });

  it('moves to the next day when Paris has passed midnight', () => {
    expect(frenchInstant('2023-12-31T23:30:00.000Z')).toBe('1er janvier 2024 à 0 h 30 (heure de Paris)');
  });

  it('refuses what is not an instant', () => {
    expect(() => frenchInstant('hier')).toThrow('"hier" is not an ISO instant');
  });
});

describe('date bounds in words', () => {
  it('says the undetermined placeholder in words', () => {
    expect(onDate(UNDETERMINED)).toBe('à une date non encore déterminée');
    expect(fromDate(UNDETERMINED)).toBe("à compter d'une date non encore déterminée");
    expect(onDate('2022-07-01')).toBe('le 1er juillet 2022');
    expect(fromDate('2017-05-06')).toBe('à compter du 6 mai 2017');
  });

  it('describes every kind of period, open-ended included', () => {
    expect(describePeriod('2016-01-01', null)).toBe('à compter du 1er janvier 2016, sans date de fin');
    expect(describePeriod('2016-01-01', '2022-07-01')).toBe('du 1er janvier 2016 au 1er juillet 2022');
    expect(describePeriod('2006-11-01', UNDETERMINED)).toBe("à compter du 1er novembre 2006 jusqu'à une date non encore déterminée");
    expect(describePeriod(UNDETERMINED, null)).toBe("à compter d'une date non encore déterminée, sans date de fin");
    expect(describePeriod(UNDETERMINED, '2030-01-01')).toBe("d'une date non encore déterminée au 1er janvier 2030");
  });
});
