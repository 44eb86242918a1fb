import { describe, expect, it } from 'vitest';
import { articleLabel, citedArticleNumber } from './article-number.js';

describe('citedArticleNumber', () => {
  // Every shape below occurs as `num` in ../shared/dumps (css, crpa, cgct-history), or as a numKey.
  it.each([
    ['L2121-29', 'L. 2121-29'],
    ['L. 1111-2', 'L. 1111-2'],
    ['R382-84', 'R. 382-84'],
    ['D. 312-1-3', 'D. 312-1-3'],
    ['A931-1-1', 'A. 931-1-1'],
    ['D432', 'D. 432'],
    ['LO111-4', 'LO 111-4'],
    ['R*132-4', 'R.* 132-4'],
    ['L161-22-1 A', 'L. 161-22-1 A'],
    ['R142-1-A', 'R. 142-1-A'],
    ['L2224-5bis', 'L. 2224-5 bis'],
    ['R223-13 ', 'R. 223-13'],
  ])('cites %j as %j', (num, cited) => {
    expect(citedArticleNumber(num)).toBe(cited);
  });

  it.each(['Annexe II : Tableau n° 1', "Annexe I à l'art. R434-32 (1)", 'Annexe1-3'])('leaves %j alone', (num) => {
    expect(citedArticleNumber(num)).toBeNull();
  });
});

describe('articleLabel', () => {
  it('names an article by its cited number, or quotes a number of another shape', () => {
    expect(articleLabel('L2121-29')).toBe('Article L. 2121-29');
    expect(articleLabel('Annexe II : Tableau n° 1 ')).toBe('Article « Annexe II : Tableau n° 1 »');
  });
});
