import fc from 'fast-check';

/**
 * Rewrites the source makes to an article's HTML in place, with no change in the law (see the crpa and css
 * dumps: quotes, spacing, links). Each is applied to some of its places, chosen by the generated numbers.
 */
export interface CosmeticRewrites {
  /** ' ↔ ’ in the text. */
  apostrophes: boolean;
  /** A space → U+00A0, U+202F, &nbsp;, or two spaces between two words. */
  spaces: boolean;
  /** U+00AD inside words. */
  softHyphens: boolean;
  /** Links written anew: title and alt added or dropped, quotes of their attributes swapped. */
  links: boolean;
  /** The attributes of other tags quoted with the other quote, or not at all. */
  attributeQuotes: boolean;
  /** Which places get a rewrite, and which variant. */
  choices: number[];
}

export const cosmeticRewrites: fc.Arbitrary<CosmeticRewrites> = fc.record({
  apostrophes: fc.boolean(),
  spaces: fc.boolean(),
  softHyphens: fc.boolean(),
  links: fc.boolean(),
  attributeQuotes: fc.boolean(),
  choices: fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 32 }),
});

const SPACES = ['\u00a0', '\u202f', '&nbsp;'] as const;
const BETWEEN_WORDS = /\p{L}/u;
const TAG = /(<[^>]*>)/;
const ENTITY = /(&[#\w]+;)/;
const LINK_START = /^<a\s/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const QUOTED_ATTRIBUTE = /(\s[\w-]+=)(?:"([^"'<>]*)"|'([^"'<>]*)')/g;

export function rewriteHtml(html: string, rewrites: CosmeticRewrites): string {
  const { choices } = rewrites;
  let place = 0;
  /** The variant for the next place, or null when this place is left alone (about half of them). */
  const pick = (variants: number): number | null => {
    const choice = choices[place++ % choices.length] as number;
    return choice % 2 === 0 ? Math.floor(choice / 2) % variants : null;
  };
  return html
    .split(TAG)
    .map((part, index) => (index % 2 === 1 ? rewriteTag(part, rewrites, pick) : rewriteText(part, rewrites, pick)))
    .join('');
}

function rewriteText(text: string, rewrites: CosmeticRewrites, pick: (variants: number) => number | null): string {
  return text
    .split(ENTITY)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      let rewritten = part;
      if (rewrites.softHyphens) rewritten = rewritten.replace(/(?<=\p{Ll})(?=\p{Ll})/gu, () => (pick(4) === 0 ? '\u00ad' : ''));
      if (rewrites.apostrophes) rewritten = rewritten.replace(/['’]/g, (quote) => (pick(1) === null ? quote : quote === "'" ? '’' : "'"));
      // Last, since it may write an entity.
      if (rewrites.spaces) rewritten = rewritten.replace(/ /g, (space, at: number, text: string) => spaceVariant(text, at, pick) ?? space);
      return rewritten;
    })
    .join('');
}

function spaceVariant(text: string, at: number, pick: (variants: number) => number | null): string | null {
  const variant = pick(SPACES.length + 1);
  if (variant === null) return null;
  if (variant < SPACES.length) return SPACES[variant] as string;
  const betweenWords = BETWEEN_WORDS.test(text.charAt(at - 1)) && BETWEEN_WORDS.test(text.charAt(at + 1));
  return betweenWords ? '  ' : null;
}

function rewriteTag(tag: string, rewrites: CosmeticRewrites, pick: (variants: number) => number | null): string {
  if (LINK_START.test(tag)) return rewrites.links ? rewriteLink(tag, pick) : tag;
  if (!rewrites.attributeQuotes) return tag;
  return tag.replace(QUOTED_ATTRIBUTE, (attribute, name: string, double?: string, single?: string) => {
    const value = double ?? single ?? '';
    switch (pick(3)) {
      case 0:
        return `${name}"${value}"`;
      case 1:
        return `${name}'${value}'`;
      case 2:
        return /^[\w-]+$/.test(value) ? `${name}${value}` : attribute;
      default:
        return attribute;
    }
  });
}

/** The link's start tag written anew around its href, as the source's successive exports write it. */
function rewriteLink(tag: string, pick: (variants: number) => number | null): string {
  const href = HREF.exec(tag);
  const target = href?.[1] ?? href?.[2];
  if (target === undefined) return tag;
  const quote = target.includes("'") || pick(1) === null ? '"' : "'";
  const title = [
    '',
    " title='Code des relations entre le public et l'adminis... - art. L112-3 (V)'",
    ' title="Code de l’urbanisme - art. L300-4 (V)"',
  ][pick(3) ?? 0];
  const alt = pick(1) === null ? '' : ' alt=""';
  return `<a href=${quote}${target}${quote}${title}${alt}>`;
}
