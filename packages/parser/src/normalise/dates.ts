import { UNDETERMINED, type CalendarDay, type DateBound, type RawRow } from '../types.js';
import { InvalidField } from './row-fields.js';

const DAY_MS = 86_400_000;
/** The source's end of an open-ended version. */
const OPEN_END = '2999-01-01';
/** The source's placeholder for a date not known yet. */
const UNDETERMINED_DAY = '2222-02-22';
/** The range a JavaScript Date can hold. */
const LARGEST_EPOCH_MS = 8_640_000_000_000_000;
const EPOCH_MS_EXPECTED = 'epoch milliseconds at UTC midnight (a number, a numeric string or a BigInt)';

export interface Validity {
  validFrom: DateBound;
  /** null: open-ended. */
  validTo: DateBound | null;
  datesInverted: boolean;
}

/** Days already formatted: a dump holds few distinct dates, the open end above all. */
const formattedDays = new Map<number, CalendarDay>();
const LARGEST_CACHE = 50_000;

/** The UTC calendar day of an instant given in epoch milliseconds: 825120000000 → "1996-02-24". */
export function dayFromEpochMs(epochMs: number): CalendarDay {
  let day = formattedDays.get(epochMs);
  if (day === undefined) {
    if (formattedDays.size >= LARGEST_CACHE) formattedDays.clear();
    day = new Date(epochMs).toISOString().slice(0, 10);
    formattedDays.set(epochMs, day);
  }
  return day;
}

/** `dateDebut` and `dateFin` as days, with the source's placeholders made explicit. */
export function validityOf(raw: RawRow): Validity {
  const validFrom = boundOf(dayOf(raw, 'dateDebut'));
  const end = dayOf(raw, 'dateFin');
  const validTo = end === OPEN_END ? null : boundOf(end);
  const datesInverted = validTo !== null && validTo !== UNDETERMINED && validFrom !== UNDETERMINED && validTo < validFrom;
  return { validFrom, validTo, datesInverted };
}

function boundOf(day: CalendarDay): DateBound {
  return day === UNDETERMINED_DAY ? UNDETERMINED : day;
}

function dayOf(raw: RawRow, field: 'dateDebut' | 'dateFin'): CalendarDay {
  const epochMs = epochMsOf(raw[field]);
  if (epochMs === null) throw new InvalidField(field, EPOCH_MS_EXPECTED, raw[field]);
  return dayFromEpochMs(epochMs);
}

function epochMsOf(value: unknown): number | null {
  let epochMs: number;
  if (typeof value === 'number') epochMs = value;
  else if (typeof value === 'bigint') epochMs = Number(value);
  else if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) epochMs = Number(value.trim());
  else return null;
  const atMidnight = Number.isInteger(epochMs) && epochMs % DAY_MS === 0;
  return atMidnight && Math.abs(epochMs) <= LARGEST_EPOCH_MS ? epochMs : null;
}
