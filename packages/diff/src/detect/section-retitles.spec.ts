import { describe, expect, it } from 'vitest';
import { version } from './article-version.test-helpers.js';
import { sectionRetitles } from './section-retitles.js';

function pair(id: string, parentCid: string, before: string[], after: string[], afterParentCid = parentCid) {
  return { before: version({ id, parentCid, path: before }), after: version({ id, parentCid: afterParentCid, path: after }) };
}

describe('sectionRetitles', () => {
  it('gives one change for an ancestor retitled above many sections', () => {
    const changes = sectionRetitles([
      pair('A', 'S1', ['Livre 1', 'Titre 1'], ['Livre I', 'Titre 1']),
      pair('B', 'S2', ['Livre 1', 'Titre 2'], ['Livre I', 'Titre 2']),
      pair('C', 'S2', ['Livre 1', 'Titre 2'], ['Livre I', 'Titre 2']),
    ]);
    expect(changes.map((change) => [change.section.cid, change.sectionBefore?.path, change.section.path])).toEqual([
      [null, ['Livre 1'], ['Livre I']],
    ]);
  });

  it('keeps apart two ancestors with the same title under different parents', () => {
    const changes = sectionRetitles([
      pair('A', 'S1', ['Livre 1', 'Titre 1', 'Chapitre 1'], ['Livre 1', 'Titre I', 'Chapitre 1']),
      pair('B', 'S2', ['Livre 2', 'Titre 1', 'Chapitre 1'], ['Livre 2', 'Titre I', 'Chapitre 1']),
    ]);
    expect(changes.map((change) => change.section.path)).toEqual([
      ['Livre 1', 'Titre I'],
      ['Livre 2', 'Titre I'],
    ]);
  });

  it('ignores articles that moved to another section', () => {
    expect(sectionRetitles([pair('A', 'S1', ['Livre 1', 'Titre 1'], ['Livre 1', 'Titre 2'], 'S2')])).toEqual([]);
  });

  it('compares only the own section when a level was added above it', () => {
    const changes = sectionRetitles([
      pair('A', 'S1', ['Livre 1', 'Chapitre 1'], ['Livre 1', 'Titre 1', 'Chapitre 1 : Principes']),
      pair('B', 'S2', ['Livre 1', 'Chapitre 2'], ['Livre 1', 'Titre 1', 'Chapitre 2']),
    ]);
    expect(changes.map((change) => [change.section.cid, change.sectionBefore?.path, change.section.path])).toEqual([
      ['S1', ['Livre 1', 'Chapitre 1'], ['Livre 1', 'Titre 1', 'Chapitre 1 : Principes']],
    ]);
  });
});
