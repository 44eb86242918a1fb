import { describe, expect, it } from 'vitest';
import { pathKeyPrefixPattern, sectionPathKey } from './section-path-key.js';

describe('section path keys', () => {
  it('end every title, so a prefix matches whole titles only', () => {
    expect(sectionPathKey(['Livre I', 'Titre 1'])).toBe('Livre I\u001fTitre 1\u001f');
    expect(sectionPathKey(['Livre II']).startsWith(sectionPathKey(['Livre I']))).toBe(false);
  });

  it('escape the LIKE wildcards a title may hold', () => {
    expect(pathKeyPrefixPattern(sectionPathKey(['100 % _ \\']))).toBe('100 \\% \\_ \\\\\u001f%');
  });
});
