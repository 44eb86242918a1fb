import type { RawRow } from '../types.js';
import { InvalidField, requiredString } from './row-fields.js';

const VERSION_ID = /^LEGIARTI\d{12}$/;
const VERSION_ID_EXPECTED = 'a Légifrance article id ("LEGIARTI" and 12 digits)';

/** `id` or `cid`: required, "LEGIARTI" followed by 12 digits. */
export function articleId(raw: RawRow, field: 'id' | 'cid'): string {
  const value = requiredString(raw, field);
  if (!VERSION_ID.test(value)) throw new InvalidField(field, VERSION_ID_EXPECTED, value);
  return value;
}

/** `versionPrecedente`: null or empty for a first version, else an article id. */
export function previousVersionId(raw: RawRow): string | null {
  const value = raw.versionPrecedente;
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !VERSION_ID.test(value)) {
    throw new InvalidField('versionPrecedente', `${VERSION_ID_EXPECTED}, null or ""`, value);
  }
  return value;
}

const VERSION_NUMBER = /^(\d+)(?:\.0*)?$/;

/** `version_article` "3.0" → 3. Optional: anything else (null, missing, junk) reads as unknown. */
export function versionNumber(raw: RawRow): number | null {
  const value = raw.version_article;
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value === 'bigint') return value > 0n ? Number(value) : null;
  const digits = typeof value === 'string' ? VERSION_NUMBER.exec(value.trim())?.[1] : undefined;
  return digits === undefined || Number(digits) === 0 ? null : Number(digits);
}
