import FeedParser from 'feedparser';
import { Readable } from 'node:stream';

export interface ParsedFeed {
  meta: FeedParser.Meta & Record<string, any>;
  items: (FeedParser.Item & Record<string, any>)[];
}

function runFeedParser(xml: string, strict: boolean): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict, resume_saxerror: false } as FeedParser.Options);
    const items: ParsedFeed['items'] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta as ParsedFeed['meta'], items }));
    Readable.from([xml]).pipe(parser);
  });
}

/** Parses as feed readers do (feedparser, lenient), after a strict pass that fails on XML that is not well-formed. */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  await runFeedParser(xml, true);
  return runFeedParser(xml, false);
}
