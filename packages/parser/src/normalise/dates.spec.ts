import { describe, expect, it } from 'vitest';
import { dayFromEpochMs, validityOf } from './dates.js';
import { InvalidField } from './row-fields.js';

// Values from the dumps: cgct L1523-1 starts 1996-02-24 (825120000000) and is open-ended (32472144000000).
const OPEN_END = 32472144000000;
const UNDETERMINED_DAY = Date.UTC(2222, 1, 22);

describe('dayFromEpochMs', () => {
  it('gives the UTC day', () => {
    expect(dayFromEpochMs(825120000000)).toBe('1996-02-24');
    expect(dayFromEpochMs(OPEN_END)).toBe('2999-01-01');
    expect(dayFromEpochMs(Date.UTC(1945, 9, 4))).toBe('1945-10-04');
  });
});

describe('validityOf', () => {
  it('reads dateDebut and dateFin; 2999-01-01 is an open end', () => {
    expect(validityOf({ dateDebut: 825120000000, dateFin: OPEN_END })).toEqual({
      validFrom: '1996-02-24',
      validTo: null,
      datesInverted: false,
    });
  });

  it('makes 2222-02-22 "undetermined", at either end', () => {
    expect(validityOf({ dateDebut: UNDETERMINED_DAY, dateFin: OPEN_END })).toMatchObject({ validFrom: 'undetermined', validTo: null });
    expect(validityOf({ dateDebut: 825120000000, dateFin: UNDETERMINED_DAY })).toMatchObject({ validTo: 'undetermined', datesInverted: false });
  });

  it('flags an end before the start and keeps both', () => {
    expect(validityOf({ dateDebut: Date.UTC(2020, 0, 1), dateFin: Date.UTC(2019, 0, 1) })).toEqual({
      validFrom: '2020-01-01',
      validTo: '2019-01-01',
      datesInverted: true,
    });
  });

  it('accepts numeric strings and BigInts, as other readers give them', () => {
    expect(validityOf({ dateDebut: '825120000000', dateFin: BigInt(OPEN_END) })).toMatchObject({ validFrom: '1996-02-24', validTo: null });
  });

  it.each([
    [{ dateFin: OPEN_END }, 'dateDebut', 'nothing (the column is missing)'],
    [{ dateDebut: null, dateFin: OPEN_END }, 'dateDebut', 'null'],
    [{ dateDebut: '1996-02-24', dateFin: OPEN_END }, 'dateDebut', 'the string "1996-02-24"'],
    [{ dateDebut: 825120000000.5, dateFin: OPEN_END }, 'dateDebut', 'the number 825120000000.5'],
    [{ dateDebut: 825120000000, dateFin: 825123600000 }, 'dateFin', 'the number 825123600000'],
    [{ dateDebut: 825120000000, dateFin: 1e20 }, 'dateFin', 'the number 100000000000000000000'],
  ])('rejects %j, naming %s and what it found', (raw, field, found) => {
    const error = thrownBy(() => validityOf(raw));
    expect(error).toBeInstanceOf(InvalidField);
    expect(error).toMatchObject({ field, message: expect.stringContaining(`found ${found}`) });
    expect((error as Error).message).toMatch(/^expected epoch milliseconds at UTC midnight/);
  });
});

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return null;
}
