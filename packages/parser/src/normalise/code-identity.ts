import type { CodeIdentity } from '../types.js';
import { normaliseTypography } from './typography.js';

const identities = new Map<string, CodeIdentity>();

/**
 * The code a row belongs to, from `title_main`: "Code général des collectivités territoriales" →
 * slug "code-general-des-collectivites-territoriales" (lowercase, accents stripped, other characters → "-").
 */
export function codeIdentity(titleMain: string): CodeIdentity {
  let identity = identities.get(titleMain);
  if (!identity) {
    const title = normaliseTypography(titleMain);
    // Shared by every row of the code: frozen, so that no consumer can change it for the others.
    identity = Object.freeze({ slug: slugOf(title), title });
    identities.set(titleMain, identity);
  }
  return identity;
}

function slugOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
