import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/normalise/references.js';

/** The Légifrance page of CGCT article L5111-1, from which the project was started (../shared/seeds). */
const SEED = fileURLToPath(new URL('../../../../../shared/seeds/000_d17a05eb9a599249.txt', import.meta.url));

describe('references of the seed article L5111-1', () => {
  const page = readFileSync(SEED, 'utf8');
  const text = page.slice(page.indexOf('# Article L5111-1') + '# Article L5111-1'.length, page.indexOf('**Liens relatifs'));

  it('are the CGCT articles it cites, not the codes and texts it names', () => {
    expect(text).toContain('code des marchés publics');
    expect(extractReferences(text, { codeTitle: 'Code général des collectivités territoriales' })).toEqual([
      'L5111-1-1',
      'L5711-1',
      'L5721-8',
    ]);
  });

  it('include every CGCT article the page lists under "Cite"', () => {
    const cited = page.slice(page.indexOf('**Cite**'), page.indexOf('**Modifié par**'));
    const listed = [...cited.matchAll(/Code général des collectivités territoriales - art\. (\S+)/g)].map((match) => match[1]);
    expect(listed).toEqual(['L5711-1', 'L5721-8']);
    expect(extractReferences(text)).toEqual(expect.arrayContaining(listed));
  });
});
