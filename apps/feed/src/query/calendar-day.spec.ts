import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { nextDay, parisMidnight, parseCalendarDay } from './calendar-day.js';

describe('parseCalendarDay', () => {
  it('takes real days only', () => {
    expect(parseCalendarDay('2024-02-29', 'since')).toBe('2024-02-29');
    for (const raw of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-1-01', '16/05/2023', '2023-05-16T00:00']) {
      expect(() => parseCalendarDay(raw, 'since'), raw).toThrow(BadRequestException);
    }
  });
});

describe('parisMidnight', () => {
  it('is UTC+1 in winter and UTC+2 in summer, including the days clocks change', () => {
    expect(parisMidnight('2023-01-02').toISOString()).toBe('2023-01-01T23:00:00.000Z');
    expect(parisMidnight('2023-05-16').toISOString()).toBe('2023-05-15T22:00:00.000Z');
    expect(parisMidnight('2023-03-26').toISOString()).toBe('2023-03-25T23:00:00.000Z');
    expect(parisMidnight('2023-10-29').toISOString()).toBe('2023-10-28T22:00:00.000Z');
  });
});

describe('nextDay', () => {
  it('crosses months and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
  });
});
