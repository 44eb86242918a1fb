/**
 * Légifrance publishes some new versions before their text, whose whole text then reads "en cours de
 * traitement" (sometimes with a final stop or in brackets): a placeholder, not the law's wording.
 */
const PENDING_TEXT = /^[\s([]*en cours de traitement[\s.)\]]*$/i;

export function isPendingText(text: string): boolean {
  return PENDING_TEXT.test(text);
}
