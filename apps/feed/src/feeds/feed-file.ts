import { NotFoundException } from '@nestjs/common';
import { FEED_FORMATS, type FeedFormat } from '../site-paths.js';

/** "crpa.atom" → { name: "crpa", format: "atom" }; any other extension is no feed of ours. */
export function parseFeedFile(file: string): { name: string; format: FeedFormat } {
  const dot = file.lastIndexOf('.');
  const format = file.slice(dot + 1);
  if (dot <= 0 || !(FEED_FORMATS as readonly string[]).includes(format)) {
    throw new NotFoundException(`no feed is named "${file}": feeds end in ${FEED_FORMATS.map((known) => `.${known}`).join(', ')}`);
  }
  return { name: file.slice(0, dot), format: format as FeedFormat };
}
