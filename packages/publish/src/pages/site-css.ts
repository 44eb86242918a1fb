/** Where the app serves `SITE_CSS`; pages link it and carry no inline style, so a CSP `style-src 'self'` holds. */
export const SITE_CSS_PATH = '/assets/site.css';

export const SITE_CSS = `:root {
  --text: #1b1b1b;
  --muted: #555;
  --accent: #000091;
  --border: #ccc;
  --ins-bg: #d3f5dc;
  --ins-text: #0a3d16;
  --del-bg: #fbdedd;
  --del-text: #6b0a0a;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
  color: var(--text);
  background: #fff;
}
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #e1000f; outline-offset: 2px; }
.skip-link { position: absolute; left: -100vw; }
.skip-link:focus { position: static; display: inline-block; padding: 0.5rem; background: #fff; }
.site-header { border-bottom: 1px solid var(--border); padding: 0.75rem 0; }
.site-name { font-weight: bold; margin: 0; }
.site-footer { border-top: 1px solid var(--border); margin-top: 2rem; padding-top: 1rem; color: var(--muted); }
.breadcrumb, .section-path, .change-meta, .change-dates { color: var(--muted); }
.filters { border: 1px solid var(--border); padding: 1rem; margin-bottom: 1.5rem; }
.filters .field { margin-bottom: 0.75rem; }
.filters label, .filters legend { display: block; font-weight: 600; }
.filters .choice label { display: inline; font-weight: normal; }
.filters input[type="text"], .filters select { min-width: 18rem; max-width: 100%; }
fieldset { border: 1px solid var(--border); margin: 0 0 0.75rem; }
.change-list { list-style: none; padding: 0; }
.change-list > li { border-bottom: 1px solid var(--border); padding: 0.75rem 0; }
.change-list h3 { margin: 0 0 0.25rem; font-size: 1.1rem; }
.change-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.change-facts dt { font-weight: 600; }
.change-facts dd { margin: 0; }
.change-notice { font-style: italic; }
.pagination { display: flex; gap: 1rem; margin-top: 1rem; }
.timeline { padding-left: 1.25rem; }
.timeline > li { margin-bottom: 0.5rem; }
.article-text { border-left: 3px solid var(--border); padding-left: 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.diff-elided { color: var(--muted); }
ins { background: var(--ins-bg); color: var(--ins-text); text-decoration: underline; }
del { background: var(--del-bg); color: var(--del-text); text-decoration: line-through; }
`;
