import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** The elements the normalised HTML may hold, with the attributes each may carry (NormalisedHtml's contract). */
const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['p', 'br', 'table', 'thead', 'tbody', 'tr', 'ul', 'ol', 'li', 'em', 'strong', 'u', 'sup', 'sub'].map(
    (tag) => [tag, new Set<string>()] as const,
  ),
  ['th', new Set(['colspan', 'rowspan'])],
  ['td', new Set(['colspan', 'rowspan'])],
  ['a', new Set(['href', 'data-article'])],
]);

/**
 * Characters HTML reports as parse errors but still reads as text: the source's text may hold them, and the
 * normaliser keeps text as it is. Every other parse error means the markup itself is wrong.
 */
const TEXT_CHARACTER_ERRORS = new Set([
  'control-character-in-input-stream',
  'noncharacter-in-input-stream',
  'surrogate-in-input-stream',
  'unexpected-null-character',
]);

const ACTIVE_CONTENT = /<\s*\/?\s*(?:script|style|iframe)/i;

/**
 * What is wrong with a normalised HTML, read by a real HTML parser: parse errors, elements or attributes outside
 * the allowed set, links that leave the page. Empty when the HTML is well-formed and sanitised.
 */
export function sanitisationFaults(html: string): string[] {
  const faults: string[] = [];
  if (ACTIVE_CONTENT.test(html)) faults.push('script, style or iframe markup');
  const fragment = parseFragment(html, {
    onParseError: (error) => {
      if (!TEXT_CHARACTER_ERRORS.has(error.code)) faults.push(`parse error ${error.code} at ${error.startOffset}`);
    },
  });
  for (const node of descendants(fragment)) {
    if (!('tagName' in node)) continue;
    const attributes = ALLOWED.get(node.tagName);
    if (attributes === undefined) {
      faults.push(`<${node.tagName}>`);
      continue;
    }
    for (const { name, value } of node.attrs) {
      if (!attributes.has(name)) faults.push(`<${node.tagName} ${name}="${value}">`);
      else if ((name === 'colspan' || name === 'rowspan') && !/^[1-9]\d*$/.test(value)) faults.push(`${name}="${value}"`);
      else if (name === 'href' && !/^#[^\s"'<>]+$/.test(value)) faults.push(`href="${value}"`);
    }
  }
  return faults;
}

/** Every node under `root`, walked without recursion: the HTML may nest thousands deep. */
function* descendants(root: Node): Generator<Node> {
  const pending: Node[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node !== root) yield node;
    if ('childNodes' in node) pending.push(...node.childNodes);
  }
}
