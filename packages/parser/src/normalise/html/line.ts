import { findCitations, referencesOf, type ArticleCitation, type CitationContext } from '../references.js';
import { normaliseLine } from '../typography.js';
import { articleLink, escapeHtml, tidyMarks, type Mark } from './markup.js';

/** What the source's markup gives for one line: its text, and the emphasis opening and closing along it. */
export type InlineToken = { kind: 'text'; text: string } | { kind: 'open' | 'close'; mark: Mark };

/** One line of an alinéa, table cell or list item, normalised. */
export interface Line {
  /** Plain text, typography normalised: what diffs compare. */
  text: string;
  /** The same text as HTML: escaped, with its emphasis and links to the articles it cites. */
  html: string;
  /** Keys of the same-code articles it cites, in text order (ranges expanded). */
  references: string[];
}

/**
 * Normalises one line: typography on its text as a whole (across the source's tags), then the text laid back
 * onto the emphasis. Typography replaces characters one for one, then only deletes: the normalised text is a
 * subsequence of the replaced one, whose characters stand where the source's did. Walking both at once tells,
 * for each piece of source text, which normalised characters it kept. Returns null for a line without text.
 */
export function finishLine(tokens: readonly InlineToken[], context: CitationContext): Line | null {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  let source = only?.kind === 'text' ? only.text : '';
  if (!only) for (const token of tokens) if (token.kind === 'text') source += token.text;
  const { replaced: raw, tidied: text } = normaliseLine(source);
  if (text === '') return null;

  const citations = findCitations(text, context);
  const references = referencesOf(text, citations);
  if (only || !tokens.some((token) => token.kind !== 'text')) {
    return { text, html: renderText(text, 0, text.length, citations), references };
  }

  let html = '';
  let rawIndex = 0;
  let textIndex = 0;
  for (const token of tokens) {
    if (token.kind !== 'text') {
      html += token.kind === 'open' ? `<${token.mark}>` : `</${token.mark}>`;
      continue;
    }
    const from = textIndex;
    for (const rawEnd = rawIndex + token.text.length; rawIndex < rawEnd; rawIndex += 1) {
      if (textIndex < text.length && raw.charCodeAt(rawIndex) === text.charCodeAt(textIndex)) textIndex += 1;
    }
    html += renderText(text, from, textIndex, citations);
  }
  return { text, html: tidyMarks(html), references };
}

/** text[from, to) as HTML; a citation lying wholly in it becomes a link (one cut by emphasis stays plain text). */
function renderText(text: string, from: number, to: number, citations: readonly ArticleCitation[]): string {
  let html = '';
  let position = from;
  for (const citation of citations) {
    if (citation.start < from || citation.end > to) continue;
    html += escapeHtml(text.slice(position, citation.start));
    html += articleLink(citation.key, escapeHtml(text.slice(citation.start, citation.end)));
    position = citation.end;
  }
  return html + escapeHtml(text.slice(position, to));
}
