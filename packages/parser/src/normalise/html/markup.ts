/** The inline emphasis the normalised HTML keeps; the source's `i` and `b` become `em` and `strong`. */
export type Mark = 'em' | 'strong' | 'u' | 'sup' | 'sub';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const ESCAPED = /[&<>"]/;
const ESCAPED_ALL = /[&<>"]/g;

export function escapeHtml(text: string): string {
  return ESCAPED.test(text) ? text.replace(ESCAPED_ALL, (character) => ESCAPES[character] ?? character) : text;
}

/**
 * A citation of another article of the same code, as the normalised HTML links it. The target is the article's
 * canonical key, stable across its versions: renderers resolve `data-article` against the code being shown,
 * and the fragment works on a page that lists the code's articles with their keys as ids.
 */
export function articleLink(key: string, content: string): string {
  const attribute = escapeHtml(key);
  return `<a href="#${attribute}" data-article="${attribute}">${content}</a>`;
}

const EMPTY_MARK = /<(em|strong|u|sup|sub)><\/\1>/g;
const REOPENED_MARK = /<\/(em|strong|u|sup|sub)><\1>/g;
const SPACE_OPENING_MARK = /<(em|strong|u|sup|sub)> /g;
const SPACE_CLOSING_MARK = / <\/(em|strong|u|sup|sub)>/g;

/**
 * Marks in one canonical shape whatever the source's: no empty mark, no mark closed and reopened at once,
 * spaces outside marks ("<strong>Titre </strong>suite" and "<strong>Titre</strong> suite" are one thing).
 */
export function tidyMarks(html: string): string {
  let previous: string;
  let current = html;
  do {
    previous = current;
    current = current
      .replace(EMPTY_MARK, '')
      .replace(REOPENED_MARK, '')
      .replace(SPACE_OPENING_MARK, ' <$1>')
      .replace(SPACE_CLOSING_MARK, '</$1> ');
  } while (current !== previous);
  return current;
}
