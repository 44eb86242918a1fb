import * as cheerio from 'cheerio';
import { expect } from 'vitest';

/**
 * What every page must hold: French, a skip link to the one <main>, one <h1>, no skipped heading level, a label
 * for every field, the stylesheet, and nothing a CSP of script-src/style-src 'self' would block.
 */
export function expectSoundPage(page: string): cheerio.CheerioAPI {
  const $ = cheerio.load(page);
  expect(page.startsWith('<!doctype html>')).toBe(true);
  expect($('html').attr('lang')).toBe('fr');
  expect($('body > a').first().attr('href')).toBe('#contenu');
  expect($('main#contenu')).toHaveLength(1);
  expect($('h1')).toHaveLength(1);
  const levels = $('h1, h2, h3, h4, h5, h6')
    .toArray()
    .map((heading) => Number(heading.tagName.slice(1)));
  levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
  $('input, select, textarea').each((_, field) => {
    const id = $(field).attr('id');
    expect(id, `field ${$.html(field)}`).toBeTruthy();
    expect($(`label[for="${id}"]`), `label for ${id}`).toHaveLength(1);
  });
  expect($('link[rel="stylesheet"]').attr('href')).toBe('/assets/site.css');
  expect($('script, style')).toHaveLength(0);
  expect($('[style]')).toHaveLength(0);
  const handlers = $('*')
    .toArray()
    .flatMap((element) => Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}))
    .filter((name) => name.startsWith('on'));
  expect(handlers).toEqual([]);
  return $;
}
