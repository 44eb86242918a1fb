import { describe, expect, it } from 'vitest';
import { isPendingText } from './source-placeholders.js';

describe('isPendingText', () => {
  it('recognises the source placeholder, however it is dressed', () => {
    for (const text of ['en cours de traitement', 'En cours de traitement.', '(en cours de traitement)', ' [En cours de traitement] ']) {
      expect(isPendingText(text), text).toBe(true);
    }
  });

  it('leaves real texts alone, even when they say the words', () => {
    expect(isPendingText('Les demandes en cours de traitement à la date de publication du présent décret restent régies…')).toBe(false);
    expect(isPendingText('')).toBe(false);
  });
});
