import { html, type SafeHtml } from '../html.js';
import type { FeedLinks } from '../types.js';
import { SITE_CSS_PATH } from './site-css.js';

export interface LayoutInput {
  /** The page's own title; the site name is appended. */
  title: string;
  main: SafeHtml;
  /** The feeds of what the page lists, announced to browsers and feed readers. */
  feedLinks?: FeedLinks;
}

const FEED_TYPES = [
  ['atom', 'application/atom+xml', 'Atom'],
  ['rss', 'application/rss+xml', 'RSS'],
  ['json', 'application/feed+json', 'JSON Feed'],
] as const;

/** Alternate links for a feed of the current page's list. */
export function feedAlternates(feedLinks: FeedLinks, title: string): SafeHtml[] {
  return FEED_TYPES.map(
    ([key, type, label]) =>
      html`<link rel="alternate" type="${type}" title="${title} (${label})" href="${feedLinks[key]}">\n`,
  );
}

/** The visible counterpart of the alternate links. */
export function feedLinksParagraph(feedLinks: FeedLinks): SafeHtml {
  const links = FEED_TYPES.map(([key, type, label]) => html`<a href="${feedLinks[key]}" type="${type}">${label}</a>`);
  return html`<p class="feeds">S'abonner à cette liste : ${links.map((link, index) => html`${index > 0 && ' · '}${link}`)}</p>`;
}

/** A whole page: French, a skip link, one <main>, the stylesheet, no script and no inline style. */
export function layout({ title, main, feedLinks }: LayoutInput): string {
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — legifeed</title>
<link rel="stylesheet" href="${SITE_CSS_PATH}">
${feedLinks && feedAlternates(feedLinks, title)}</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
<p class="site-name"><a href="/">legifeed</a> — les modifications des codes, alinéa par alinéa</p>
</header>
<main id="contenu" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<p>Textes issus de Légifrance (Licence Ouverte 2.0). Les liens « Légifrance » mènent au texte officiel.</p>
</footer>
</body>
</html>
`.value;
}
