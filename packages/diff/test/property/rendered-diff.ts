import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What renderDiffHtml may write: paragraphs, <del> and <ins> with their class and inline style, hidden markers. */
const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['p', new Set(['class'])],
  ['del', new Set(['class', 'style'])],
  ['ins', new Set(['class', 'style'])],
  ['span', new Set(['style'])],
]);

/** Characters an HTML parser reports but reads as text; every other parse error means broken markup. */
const TEXT_CHARACTER_ERRORS = new Set([
  'control-character-in-input-stream',
  'noncharacter-in-input-stream',
  'surrogate-in-input-stream',
  'unexpected-null-character',
]);

export interface ReadHtml {
  /** Parse errors and elements or attributes renderDiffHtml must not write. */
  faults: string[];
  /** Each top-level paragraph: its class, and its text without the hidden markers. */
  paragraphs: Array<{ className: string; text: string }>;
}

/** The diff HTML as a browser reads it. */
export function readDiffHtml(html: string): ReadHtml {
  const faults: string[] = [];
  const fragment = parseFragment(html, {
    onParseError: (error) => {
      if (!TEXT_CHARACTER_ERRORS.has(error.code)) faults.push(`parse error ${error.code} at ${error.startOffset}`);
    },
  });
  const paragraphs: ReadHtml['paragraphs'] = [];
  for (const node of fragment.childNodes) {
    if (node.nodeName === '#text' && 'value' in node && node.value.trim() === '') continue;
    if (!('tagName' in node) || node.tagName !== 'p') {
      faults.push(`top-level ${node.nodeName}`);
      continue;
    }
    faults.push(...elementFaults(node));
    paragraphs.push({ className: attributeOf(node, 'class') ?? '', text: visibleText(node) });
  }
  return { faults, paragraphs };
}

/** A text as an HTML parser reads it back: line breaks normalised to "\n", NUL characters dropped. */
export function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\0', '');
}

function elementFaults(element: Element): string[] {
  const allowed = ALLOWED.get(element.tagName);
  if (allowed === undefined) return [`<${element.tagName}>`];
  const faults = element.attrs.filter(({ name }) => !allowed.has(name)).map(({ name }) => `<${element.tagName} ${name}>`);
  for (const child of element.childNodes) if ('tagName' in child) faults.push(...elementFaults(child));
  return faults;
}

/** The text a sighted reader sees: the hidden markers (spans) left out. */
function visibleText(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if ('tagName' in node && node.tagName === 'span') return '';
  return 'childNodes' in node ? node.childNodes.map(visibleText).join('') : '';
}

function attributeOf(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: string[];
}

const HUNK_HEADER = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/;

/** A unified diff's hunks; throws on a line that is neither a header, a hunk header nor a " ", "-" or "+" line. */
export function readPatch(patch: string): { header: string[]; hunks: Hunk[] } {
  const lines = patch.split('\n');
  if (lines.pop() !== '') throw new Error('the patch does not end with a line break');
  const header = lines.splice(0, 2);
  const hunks: Hunk[] = [];
  for (const line of lines) {
    const numbers = HUNK_HEADER.exec(line);
    if (numbers) {
      const [oldStart, oldCount, newStart, newCount] = numbers.slice(1).map(Number) as [number, number, number, number];
      hunks.push({ oldStart, oldCount, newStart, newCount, lines: [] });
    } else if (/^[ +-]/.test(line) && hunks.length > 0) {
      hunks.at(-1)?.lines.push(line);
    } else {
      throw new Error(`not a patch line: ${JSON.stringify(line)}`);
    }
  }
  return { header, hunks };
}
