import { renderDiffHtml, type ArticleDiff } from '@legifeed/diff';
import { trustedHtml, type SafeHtml } from '../html.js';

// @legifeed/diff renders for feed readers: colours and the screen-reader markers ("[supprimé : …]") are inline
// style attributes, and every text is escaped (so `"` and `<` never occur in text, only in its tags).

/** The diff for a feed: unchanged alinéas elided, inline styles kept so it reads without a stylesheet. */
export function feedDiffMarkup(diff: ArticleDiff): SafeHtml {
  return trustedHtml(renderDiffHtml(diff, { unchanged: 'elide' }));
}

/**
 * The diff for a page, every alinéa shown. The site's CSP (`style-src 'self'`) blocks style attributes, so they
 * are removed and the markers' spans get the stylesheet's `visually-hidden` class instead; <del>/<ins> are
 * styled by the stylesheet.
 */
export function pageDiffMarkup(diff: ArticleDiff): SafeHtml {
  const markup = renderDiffHtml(diff)
    .replace(/ style="[^"]*"/g, '')
    .replace(/<span>/g, '<span class="visually-hidden">');
  return trustedHtml(markup);
}
