import { UNDETERMINED, type CalendarDay, type DateBound } from '@legifeed/parser';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const UNDETERMINED_DATE_WORDS = 'une date non encore déterminée';

function dayWords(day: number, month: number, year: number): string {
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) throw new RangeError(`month ${month} out of range`);
  return `${day === 1 ? '1er' : String(day)} ${monthName} ${year}`;
}

/** "2024-03-02" → "2 mars 2024", "2025-01-01" → "1er janvier 2025". */
export function frenchDay(day: CalendarDay): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`"${day}" is not a YYYY-MM-DD day`);
  return dayWords(Number(match[3]), Number(match[2]), Number(match[1]));
}

// Readers are in France: an instant is said in Paris time, with the zone named.
const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** "2023-05-14T04:21:00Z" → "14 mai 2023 à 6 h 21 (heure de Paris)". */
export function frenchInstant(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${iso}" is not an ISO instant`);
  const parts = parisParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const minutes = String(part('minute')).padStart(2, '0');
  return `${dayWords(part('day'), part('month'), part('year'))} à ${part('hour')} h ${minutes} (heure de Paris)`;
}

/** "le 1er janvier 2025" or "à une date non encore déterminée". */
export function onDate(bound: DateBound): string {
  return bound === UNDETERMINED ? `à ${UNDETERMINED_DATE_WORDS}` : `le ${frenchDay(bound)}`;
}

/** "à compter du 1er janvier 2025" or "à compter d'une date non encore déterminée". */
export function fromDate(bound: DateBound): string {
  return bound === UNDETERMINED ? `à compter d'${UNDETERMINED_DATE_WORDS}` : `à compter du ${frenchDay(bound)}`;
}

/**
 * A version's period of validity, every placeholder said in words:
 * "du 1er janvier 2016 au 31 décembre 2023", "à compter du 1er janvier 2024, sans date de fin",
 * "à compter du 16 novembre 2006 jusqu'à une date non encore déterminée".
 */
export function describePeriod(validFrom: DateBound, validTo: DateBound | null): string {
  if (validTo === null) return `${fromDate(validFrom)}, sans date de fin`;
  if (validTo === UNDETERMINED) return `${fromDate(validFrom)} jusqu'à ${UNDETERMINED_DATE_WORDS}`;
  const start = validFrom === UNDETERMINED ? `d'${UNDETERMINED_DATE_WORDS}` : `du ${frenchDay(validFrom)}`;
  return `${start} au ${frenchDay(validTo)}`;
}
