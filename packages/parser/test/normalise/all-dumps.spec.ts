import { describe, expect, it } from 'vitest';
import { compareArticleKeys } from '../../src/normalise/article-number.js';
import { normaliseTypography } from '../../src/normalise/typography.js';
import type { ArticleVersion } from '../../src/types.js';
import { allDumpFiles } from '../read/dumps.js';
import { normaliseDump } from './normalised-dumps.js';

const ALLOWED_TAG = /^<\/?(p|br|table|thead|tbody|tr|th|td|ul|ol|li|em|strong|u|sup|sub|a)( colspan="\d+")?( rowspan="\d+")?>$/;
const LINK = /^<a href="#([^"]+)" data-article="\1">$/;

describe('every real dump normalises without a row error', () => {
  it.each(allDumpFiles())('%s', async (file) => {
    const { rows, errors } = await normaliseDump(file);
    expect(errors).toEqual([]);
    for (const { raw, version } of rows) {
      expectWellFormed(version);
      expect(lettersOf(version.paragraphs.join(' ')), `${version.num}: the alinéas say what the source's texte says`).toBe(
        lettersOf(String(raw.texte)),
      );
    }
  });
});

/**
 * The source's own plain text (`texte`), and the alinéas, without what normalisation is free to change: spaces,
 * the spacing of opening markers ("I. – " / "I.-") and the " | " between table cells.
 */
function lettersOf(text: string): string {
  return normaliseTypography(text).replace(/[–—]/g, '-').replace(/[\s|]/g, '').replace(/\.-/g, '.');
}

/** What every version must satisfy, whatever the source sent. */
function expectWellFormed(version: ArticleVersion): void {
  const where = `${version.num} (row ${version.row})`;
  expect(version.text, where).toBe(version.paragraphs.join('\n'));
  for (const paragraph of version.paragraphs) {
    expect(paragraph, where).not.toBe('');
    expect(paragraph, where).toBe(paragraph.trim());
    expect(paragraph, where).not.toMatch(/[\n\u00a0\u202f\u00ad’]| {2}/);
  }
  for (const tag of version.html.match(/<[^>]*>/g) ?? []) {
    expect(ALLOWED_TAG.test(tag) || LINK.test(tag), `${where}: ${tag}`).toBe(true);
  }
  expect(version.references, where).toEqual([...new Set(version.references)].sort(compareArticleKeys));
  expect(version.numKey, where).not.toMatch(/\s/);
}
