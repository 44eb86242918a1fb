import { describe, expect, it } from 'vitest';
import { amendedL211_7, REAL_CHANGES, repealUndeterminedR382_70, SITE } from '../real-changes.test-helpers.js';
import { feedItems, latestDetectedAt } from './feed-items.js';
import { feedMetaFor, hostile, parseFeed } from './feed.test-helpers.js';
import { renderJsonFeed } from './json-feed.js';
import { renderAtom, renderRss } from './xml-feeds.js';

const RENDERERS = [
  ['atom', renderAtom],
  ['rss', renderRss],
  ['json', renderJsonFeed],
] as const;

describe('every feed format', () => {
  it.each(RENDERERS)('renders %s to the same bytes whatever the order storage returned', (format, render) => {
    const meta = feedMetaFor(format);
    const first = render(REAL_CHANGES, meta, SITE);
    expect(render(REAL_CHANGES, meta, SITE)).toBe(first);
    expect(render([...REAL_CHANGES].reverse(), meta, SITE)).toBe(first);
  });

  it.each(RENDERERS)('gives a re-ingested change the same %s item id, from the change id alone', (format, render) => {
    const reingested = { ...amendedL211_7, sequence: 5000, detectedAt: '2024-02-01T00:00:00.000Z' };
    const first = render([amendedL211_7], feedMetaFor(format), SITE);
    const again = render([reingested], feedMetaFor(format), SITE);
    const idOf = (output: string) => /urn:legifeed:change:[^<"]+/.exec(output)?.[0];
    expect(idOf(again)).toBe('urn:legifeed:change:chg-000118');
    expect(idOf(again)).toBe(idOf(first));
  });

  it.each(RENDERERS)('keeps source strings as text in %s', async (format, render) => {
    const output = render([hostile(amendedL211_7)], feedMetaFor(format), SITE);
    if (format === 'json') {
      // JSON Feed titles are plain text by the spec; only content_html is HTML.
      const item = JSON.parse(output).items[0];
      expect(item.title).toBe('Article « <script>alert(1)</script> » modifié — en vigueur le 1er janvier 2024');
      expect(item.content_html).not.toMatch(/<script|<img|<b>/);
      expect(item.content_html).toContain('Livre &lt;img src=x onerror=alert(2)&gt; › Section &quot;3&quot; &amp; &lt;b&gt;suite&lt;/b&gt;');
    } else {
      expect(output).not.toMatch(/<script|<img|<b>/);
      const { items } = await parseFeed(output);
      expect(items[0]?.title).toBe('Article « &lt;script&gt;alert(1)&lt;/script&gt; » modifié — en vigueur le 1er janvier 2024');
    }
  });
});

describe('feedItems', () => {
  it('orders items by descending sequence', () => {
    const sequences = feedItems(REAL_CHANGES, SITE).map((item) => item.change.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
    expect(sequences).toHaveLength(REAL_CHANGES.length);
  });

  it('shows the diff readable without a stylesheet: inline-styled <del> and <ins>', () => {
    const [item] = feedItems([amendedL211_7], SITE);
    expect(item?.contentHtml).toMatch(/<del [^>]*style="[^"]*line-through[^"]*"[^>]*>.*Pôle emploi/s);
    expect(item?.contentHtml).toMatch(/<ins [^>]*style="[^"]*underline[^"]*"[^>]*>.*opérateur France Travail/s);
  });

  it('keeps the three dates apart', () => {
    const [item] = feedItems([amendedL211_7], SITE);
    expect(item?.contentHtml).toContain("<dt>Date d'effet</dt><dd>1er janvier 2024</dd>");
    expect(item?.contentHtml).toContain('<dt>Données Légifrance au</dt><dd>1er janvier 2024</dd>');
    expect(item?.contentHtml).toContain('<dt>Détecté le</dt><dd>2 janvier 2024 à 6 h 12 (heure de Paris)</dd>');
    expect(item?.published.toISOString()).toBe('2024-01-02T05:12:40.000Z');
  });

  it('says the placeholders in words: undetermined dates, open ends, "en cours de traitement"', () => {
    const [undetermined] = feedItems([repealUndeterminedR382_70], SITE);
    expect(undetermined?.contentHtml).toContain("à compter du 1er novembre 2006 jusqu&#39;à une date non encore déterminée");
    expect(undetermined?.contentHtml).toContain('à compter du 1er novembre 2006, sans date de fin');
    const [pending] = feedItems([{ ...amendedL211_7, placeholders: { afterTextPending: true } }], SITE);
    expect(pending?.title).toContain('(texte en cours de traitement par Légifrance)');
    expect(pending?.contentHtml).toContain('Légifrance indique « en cours de traitement »');
    expect(pending?.contentHtml).not.toContain('<del');
  });
});

describe('latestDetectedAt', () => {
  it('is the newest detection instant, for the feed-level updated date', () => {
    expect(latestDetectedAt(REAL_CHANGES)).toBe('2024-01-02T05:12:40.000Z');
    expect(latestDetectedAt([])).toBeNull();
  });
});
