import fc from 'fast-check';
import { insertAt, misdecoded, strangeText } from './strange-text.js';

/** Every kind of element the normaliser distinguishes, and some it has never seen. */
const TAGS = [
  'p', 'div', 'center', 'span', 'font', 'a', 'br', 'img', 'hr', 'b', 'i', 'em', 'strong', 'u', 'sup', 'sub',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'h1', 'blockquote',
  'script', 'style', 'iframe', 'svg', 'math', 'object', 'textarea', 'title', 'template', 'noscript', 'select', 'x-unknown',
] as const;

/** Attributes that must never reach the output: event handlers, script URLs, and spans that are not numbers. */
const attribute = fc.oneof(
  fc.constantFrom(
    'onclick="alert(1)"', 'onerror=alert(1)', "onmouseover='steal()'", 'ONLOAD="x()"', 'href="javascript:alert(1)"',
    "href='JaVaScRiPt:alert(1)'", 'href=" javascript:void(0)"', 'href="jav&#x09;ascript:alert(1)"', 'src="javascript:x"',
    'style="background:url(javascript:alert(1))"', 'xlink:href="javascript:alert(1)"', 'formaction=javascript:alert(1)',
    'colspan="3"', 'rowspan=2', 'colspan="javascript:1"', 'colspan="99999999"', 'data-article="L1"', "title='l'adminis... (V)'",
    'align="center"', 'id="x"',
  ),
  fc.tuple(fc.stringMatching(/^[a-z-]{1,8}$/), strangeText(8)).map(([name, value]) => `${name}="${value.replaceAll('"', '')}"`),
);

const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.constantFrom('', ' ', '/'))
  .map(([tag, attributes, end]) => `<${tag}${attributes.map((text) => ` ${text}`).join('')}${end}>`);

const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);

const activeContent = fc.constantFrom(
  '<script>alert(1)</script>', '<SCRIPT src="x.js"></SCRIPT>', '<script>document.write("<p>x</p>")</script>',
  '<style>p { color: red }</style>', '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>', '<scr<script>ipt>alert(1)</script>',
  '<a href="javascript:alert(1)">article L. 1111-2</a>', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>', '<style>',
  '<iframe>', '</script>', '</style>', '<!-- <script>alert(1)</script> -->', '<!--', '-->', '<![CDATA[<script>x</script>]]>',
  '<?xml version="1.0"?>', '<!DOCTYPE html>', '<p/onclick=alert(1)>', '<a\thref=javascript:alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<<script>>', '<p <script>>', '</p </script>',
);

const legalText = fc.constantFrom(
  "l'article L. 2122-18", 'aux articles L. 1225-62, L. 1225-63 et R. 1225-14', 'I. – ', 'II. - ', '1° ', 'a) ',
  'Le maire peut déléguer', ' | ', '&nbsp;', '&amp;', '&#x27;', '&rsquo;', ' ', '  ', '\n',
);

/** A few levels of elements around some text, closed or not. */
const nested = fc
  .tuple(fc.array(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 40 }), legalText, fc.boolean())
  .map(([tags, depth, text, closed]) => {
    const levels = Array.from({ length: depth }, (_, level) => tags[level % tags.length] as string);
    return levels.map((tag) => `<${tag}>`).join('') + text + (closed ? levels.reverse().map((tag) => `</${tag}>`).join('') : '');
  });

/** One piece of hostile or broken HTML. */
export const htmlFragment = fc.oneof(openTag, closeTag, activeContent, nested, legalText, strangeText(30));

/**
 * A real texteHtml made hostile: fragments inserted anywhere (inside tags and entities too), cut short between
 * two tags, or its bytes damaged; or an HTML made of fragments only.
 */
export function hostileHtml(original: string): fc.Arbitrary<string> {
  const inserted = fc
    .array(fc.tuple(fc.nat(), htmlFragment), { minLength: 1, maxLength: 6 })
    .map((insertions) => insertions.reduce((html, [position, fragment]) => insertAt(html, position, fragment), original));
  const tagStarts = [...original.matchAll(/</g)].map((match) => match.index);
  const cut = fc.nat().map((index) => original.slice(0, tagStarts[index % (tagStarts.length + 1)]));
  const fragmentsOnly = fc.array(htmlFragment, { maxLength: 12 }).map((fragments) => fragments.join(''));
  return fc.oneof({ arbitrary: inserted, weight: 4 }, cut, misdecoded(original), fragmentsOnly);
}
