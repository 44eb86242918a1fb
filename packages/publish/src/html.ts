/**
 * HTML built by construction: every value interpolated into `html` is escaped unless it is already `SafeHtml`
 * (another `html` result, or markup explicitly vouched for with `trustedHtml`).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Escapes text where markup is read but no attribute is (feed titles of type "html"): quotes stay as typed, so a
 * reader that shows the title as plain text shows apostrophes, not "&#39;".
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Marks markup that was made safe elsewhere: the parser's sanitiser (article HTML) or @legifeed/diff's renderer
 * (which escapes the texts it wraps). Never call it on text read from a dump.
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
