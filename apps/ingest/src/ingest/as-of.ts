import { basename } from 'node:path';

/** A snapshot's time in its file name: `crpa-2019-10-23T0421.jsonl.gz` → day 2019-10-23, time 0421. */
const NAME_TIMESTAMP = /(\d{4}-\d{2}-\d{2})(?:T(\d{4}))?/;

export interface NamedTime {
  /** `YYYY-MM-DD` */
  day: string;
  /** The day, then the time of day when the name gives one: sorts snapshots of one day in order. */
  sortKey: string;
}

/** The day (and time) a dump's file name says it was taken, or null when the name holds no valid day. */
export function timeFromName(source: string): NamedTime | null {
  const name = basename(/^https?:\/\//i.test(source) ? new URL(source).pathname : source);
  const match = NAME_TIMESTAMP.exec(name);
  if (match === null || !isCalendarDay(match[1] as string)) return null;
  const day = match[1] as string;
  return { day, sortKey: match[2] === undefined ? day : `${day}T${match[2]}` };
}

export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Today in UTC, `YYYY-MM-DD`: the dataset's days are UTC days. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
