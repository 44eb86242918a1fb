import { describe, expect, it } from 'vitest';
import { isCalendarDay, timeFromName, todayUtc } from './as-of.js';

describe('timeFromName', () => {
  it('reads the day and time of a snapshot name', () => {
    expect(timeFromName('/dumps/crpa/crpa-2019-10-23T0421.jsonl.gz')).toEqual({
      day: '2019-10-23',
      sortKey: '2019-10-23T0421',
    });
    expect(timeFromName('css-2023-05-14.jsonl.gz')).toEqual({ day: '2023-05-14', sortKey: '2023-05-14' });
  });

  it('orders two snapshots of one day by their time', () => {
    const early = timeFromName('crpa-2019-10-23T0421.jsonl.gz')!.sortKey;
    const late = timeFromName('crpa-2019-10-23T0423.jsonl.gz')!.sortKey;
    expect([late, early].sort()).toEqual([early, late]);
  });

  it('reads the path of a URL, not its host or query', () => {
    expect(timeFromName('https://example.org/2020-01-01/train.parquet?at=2021-02-02')).toBeNull();
    expect(timeFromName('https://example.org/dumps/cgct-2024-03-01.parquet')?.day).toBe('2024-03-01');
  });

  it('finds nothing in a name without a valid day', () => {
    expect(timeFromName('data/train-00000-of-00001.parquet')).toBeNull();
    expect(timeFromName('dump-2023-02-30.jsonl')).toBeNull();
  });
});

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2023-5-1')).toBe(false);
  });

  it('gives today in UTC', () => {
    expect(todayUtc(new Date('2024-07-27T23:30:00-02:00'))).toBe('2024-07-28');
  });
});
