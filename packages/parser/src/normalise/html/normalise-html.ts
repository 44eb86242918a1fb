import { newCitationContext, sortedKeys, type ReferenceOptions } from '../references.js';
import { composeAccents } from '../typography.js';
import { BlockBuilder } from './block-builder.js';
import { htmlOf, linesOf, type Block } from './blocks.js';
import { escapeHtml } from './markup.js';
import { tokenizeHtml } from './tokenizer.js';

export interface NormalisedHtml {
  /**
   * Sanitised HTML: p, br, table (thead, tbody, tr, th, td with colspan and rowspan), ul, ol, li, em, strong, u,
   * sup, sub, and links to the same-code articles the text cites. No other element or attribute.
   */
  html: string;
  /** The alinéas: lines of paragraphs (split at <p> and <br>), table rows (cells joined with " | "), list items. */
  paragraphs: string[];
  /** `paragraphs` joined with "\n". */
  text: string;
  /** Keys of the same-code articles the text cites, sorted, each once. */
  references: string[];
}

/**
 * Normalises an article's HTML (texteHtml, notaHtml). The output depends on the text and its structure only:
 * the source's links are dropped (it adds and removes them in place) and links are made again from the article
 * numbers the text cites; spacing, quotes and empty paragraphs are normalised.
 */
export function normaliseHtml(source: string, options: ReferenceOptions = {}): NormalisedHtml {
  const blocks = blocksOf(source, options);
  const paragraphs: string[] = [];
  const references: string[] = [];
  for (const block of blocks) {
    for (const line of linesOf(block)) {
      paragraphs.push(line.text);
      references.push(...line.references);
    }
  }
  const text = paragraphs.join('\n');
  return { html: htmlOf(blocks), paragraphs: slicesOf(text, paragraphs), text, references: sortedKeys(references) };
}

/**
 * The paragraphs again, as slices of the text that joins them: V8 keeps a slice (of 13 characters or more) as a
 * reference into its string, so the versions a caller keeps (ingest keeps a whole dump's) hold their text once,
 * not twice, and cost the garbage collector half as much to move while they are young.
 */
function slicesOf(text: string, paragraphs: readonly string[]): string[] {
  let start = 0;
  return paragraphs.map((paragraph) => {
    const slice = text.slice(start, start + paragraph.length);
    start += paragraph.length + 1;
    return slice;
  });
}

/** Plain text (the source's `nota` when it has no HTML) as HTML: one paragraph a line. */
export function plainTextAsHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

function blocksOf(source: string, options: ReferenceOptions): Block[] {
  const builder = new BlockBuilder(newCitationContext(options));
  // Accents composed once for the whole text; the rest of typography works line by line.
  tokenizeHtml(composeAccents(source), builder);
  return builder.finish();
}
