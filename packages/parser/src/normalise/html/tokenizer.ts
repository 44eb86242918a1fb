import { decodeHTML } from 'entities';

/** What the tokenizer reports, in document order. */
export interface HtmlHandler {
  /** `attributes` is the tag's attribute text as written; read one with `attributeOf`. */
  onopentag(name: string, attributes: string): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

/**
 * A start or end tag, a comment, or a declaration. Attributes follow the HTML tokenizer's rules, quotes only
 * opening a value after "=": the source writes alt='… l'adminis… (V)' with the apostrophe unescaped, and the
 * rest of such a value must read as more attribute names, not as a quote running past the end of the tag.
 *
 * Each attribute is matched atomically (`(?=(…))\4`, JavaScript having no atomic groups): a tag cut off before
 * its ">" then fails in linear time, where letting the engine re-split unquoted values backtracked
 * exponentially (a real link cut short took 12 s).
 */
const MARKUP = /<(?:(\/?)([a-zA-Z][^\s/>]*)((?:(?=(\s+|\/|[^\s/>=]+(?=[\s/>=])(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?))\4)*)>|!--[\s\S]*?(?:-->|$)|[!?][^>]*>)/g;

/** Elements whose content is text up to their end tag, markup included. */
const RAW_TEXT: ReadonlyMap<string, RegExp> = new Map(
  ['script', 'style', 'textarea', 'title', 'iframe', 'xmp', 'noembed', 'noframes'].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]),
);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Reads HTML as a stream of tags and text, the way htmlparser2 reports it to a handler, for the subset the
 * normaliser needs: entities decoded in text, raw-text elements, void elements, and an end tag closing every
 * element opened inside it (emphasis left open in a paragraph ends with it). Tag names are lowercased. Written
 * for speed: on the 7,000 rows of the css dump it runs five times faster than htmlparser2's tokenizer, which
 * took half of the normalisation's time.
 */
export function tokenizeHtml(html: string, handler: HtmlHandler): void {
  const open: string[] = [];
  // One shared regex: tokenizing is synchronous and handlers never tokenize, so its lastIndex is ours alone.
  const markup = MARKUP;
  markup.lastIndex = 0;
  let position = 0;
  let match: RegExpExecArray | null;
  while ((match = markup.exec(html)) !== null) {
    if (match.index > position) emitText(html.slice(position, match.index), handler);
    position = markup.lastIndex;
    const [, slash, tagName, attributes] = match;
    if (tagName === undefined) continue;
    const name = tagName.toLowerCase();
    if (slash) {
      closeElement(name, open, handler);
      continue;
    }
    handler.onopentag(name, attributes ?? '');
    if (VOID.has(name)) continue;
    const rawTextEnd = RAW_TEXT.get(name);
    if (rawTextEnd) {
      rawTextEnd.lastIndex = position;
      const end = rawTextEnd.exec(html);
      emitText(html.slice(position, end ? end.index : html.length), handler);
      handler.onclosetag(name);
      position = end ? rawTextEnd.lastIndex : html.length;
      markup.lastIndex = position;
      continue;
    }
    open.push(name);
  }
  if (position < html.length) emitText(html.slice(position), handler);
  while (open.length > 0) handler.onclosetag(open.pop() as string);
}

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in a tag's attribute text, or undefined. */
export function attributeOf(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]*))`, 'i');
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function closeElement(name: string, open: string[], handler: HtmlHandler): void {
  const index = open.lastIndexOf(name);
  if (index >= 0) {
    while (open.length > index) handler.onclosetag(open.pop() as string);
  } else if (name === 'br') {
    handler.onopentag('br', '');
  } else if (name === 'p') {
    // As browsers do: a stray </p> is an empty paragraph, so it still separates what comes before and after.
    handler.onopentag('p', '');
    handler.onclosetag('p');
  }
}

function emitText(text: string, handler: HtmlHandler): void {
  handler.ontext(text.includes('&') ? decodeHTML(text) : text);
}
