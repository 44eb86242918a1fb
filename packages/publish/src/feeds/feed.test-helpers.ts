import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import type { FeedMeta, PublishedChange } from '../types.js';

export interface ParsedFeed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

function runFeedParser(xml: string, strict: boolean): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict, resume_saxerror: false } as FeedParser.Options);
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta as FeedParser.Meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

/**
 * Parses a feed as readers do with feedparser (lenient mode, names lower-cased, fields normalised), after a
 * strict pass that fails the test on any XML that is not well-formed instead of repairing it.
 */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  await runFeedParser(xml, true);
  return runFeedParser(xml, false);
}

export function feedMetaFor(format: 'atom' | 'rss' | 'json'): FeedMeta {
  return {
    title: 'legifeed — toutes les modifications',
    selfUrl: `https://legifeed.example.org/feeds/changes.${format}`,
    htmlUrl: 'https://legifeed.example.org/',
    id: 'https://legifeed.example.org/feeds/changes',
    updated: '2024-01-02T05:12:40.000Z',
    description: 'Les modifications des codes suivis, alinéa par alinéa.',
  };
}

/** A change whose source strings try to become markup. */
export function hostile(change: PublishedChange): PublishedChange {
  return {
    ...change,
    id: 'chg-hostile',
    article: { cid: 'LEGIARTI000031367519', num: '<script>alert(1)</script>' },
    section: { cid: null, path: ['Livre <img src=x onerror=alert(2)>', 'Section "3" & <b>suite</b>'] },
  };
}
