import { describe, expect, it } from 'vitest';
import { diffArticle } from '../article-diff/diff-article.js';
import { renderDiffPatch } from './patch.js';

const ALINEAS = Array.from({ length: 8 }, (_, i) => `${i + 1}° Les cotisations dues au titre de l'année ${2015 + i} ;`);

describe('renderDiffPatch', () => {
  it('prints one alinéa a line in hunks with one alinéa of context, and a modified alinéa as "-" then "+"', () => {
    const next = ALINEAS.map((alinea, i) => (i === 1 ? alinea.replace('cotisations', 'contributions') : alinea));
    next.splice(6, 1);
    expect(renderDiffPatch(diffArticle(ALINEAS, next), { old: 'L. 1-1 (2020)', new: 'L. 1-1 (2023)' })).toBe(
      [
        '--- L. 1-1 (2020)',
        '+++ L. 1-1 (2023)',
        '@@ -1,3 +1,3 @@',
        " 1° Les cotisations dues au titre de l'année 2015 ;",
        "-2° Les cotisations dues au titre de l'année 2016 ;",
        "+2° Les contributions dues au titre de l'année 2016 ;",
        " 3° Les cotisations dues au titre de l'année 2017 ;",
        '@@ -6,3 +6,2 @@',
        " 6° Les cotisations dues au titre de l'année 2020 ;",
        "-7° Les cotisations dues au titre de l'année 2021 ;",
        " 8° Les cotisations dues au titre de l'année 2022 ;",
        '',
      ].join('\n'),
    );
  });

  it('joins changes two alinéas apart into one hunk and groups "-" lines before "+" lines', () => {
    const next = ALINEAS.map((alinea, i) => (i === 0 || i === 3 || i === 4 ? alinea.replace(';', '.') : alinea));
    const patch = renderDiffPatch(diffArticle(ALINEAS, next)).split('\n');
    expect(patch.slice(0, 3)).toEqual(['--- ancien', '+++ nouveau', '@@ -1,6 +1,6 @@']);
    expect(patch.slice(3).map((line) => line.slice(0, 3))).toEqual(['-1°', '+1°', ' 2°', ' 3°', '-4°', '-5°', '+4°', '+5°', ' 6°', '']);
  });

  it('starts an empty side at line 0, as unified diffs do', () => {
    expect(renderDiffPatch(diffArticle([], ALINEAS.slice(0, 2))).split('\n')[2]).toBe('@@ -0,0 +1,2 @@');
    expect(renderDiffPatch(diffArticle(ALINEAS.slice(0, 2), [])).split('\n')[2]).toBe('@@ -1,2 +0,0 @@');
  });

  it('has no hunk when nothing changed', () => {
    expect(renderDiffPatch(diffArticle(ALINEAS, ALINEAS))).toBe('--- ancien\n+++ nouveau\n');
  });
});
