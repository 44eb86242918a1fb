import type { CalendarDay } from '@legifeed/parser';
import { BadRequestException } from '@nestjs/common';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real `YYYY-MM-DD` day, or a 400 naming the parameter. */
export function parseCalendarDay(raw: string, name: string): CalendarDay {
  // V8 rolls "2023-02-30" over to 2 March: a real day reads back unchanged.
  const time = DAY.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : Number.NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === raw;
  if (!valid) throw new BadRequestException(`${name}: expected a day as YYYY-MM-DD (e.g. 2023-05-16), got "${raw}"`);
  return raw;
}

export function nextDay(day: CalendarDay): CalendarDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const PARIS_HOUR = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/**
 * The instant a day starts in Paris. Detection dates are shown in Paris time, so a day filter on them means a
 * Paris day. Paris is one or two hours ahead of UTC, and clocks change at night, never at midnight.
 */
export function parisMidnight(day: CalendarDay): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const hoursAhead of [1, 2]) {
    const candidate = new Date(utcMidnight - hoursAhead * 3_600_000);
    const parts = Object.fromEntries(PARIS_HOUR.formatToParts(candidate).map((part) => [part.type, part.value]));
    if (`${parts.year}-${parts.month}-${parts.day}` === day && parts.hour === '00') return candidate;
  }
  throw new RangeError(`no Paris midnight found for ${day}`);
}
