import fc from 'fast-check';

/** Any UTF-16 code unit: lone surrogates, C0 and C1 controls, noncharacters, NUL. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Characters the source's texts are known to hold or to mangle: spaces of every width, quotes, dashes, invisibles. */
const troublesome = fc.constantFrom(
  '\u00a0', '\u202f', '\u2009', '\u2002', '\u3000', '\t', '\n', '\r\n', '\u2028', '\u00ad', '\u200b', '\ufeff',
  '’', '‘', 'ʼ', '«', '»', '–', '—', '\u2011', 'é', 'e\u0301', 'Å', '\u212b', '°', '€', '\ufffd', '\ud800', '\udc00',
  '😀', '\u0000', '\u0007', '\u001b', '\u0085', '\ufffe', '&', '&amp;', '&nbsp;', '&#0;', '&#xD800;', '&bogus;', '<', '>',
);

/** Strings of any code units, weighted towards the characters that trouble text handling. */
export const strangeText = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof(anyCodeUnit, troublesome), maxLength });

/**
 * A text as it reads when bytes on the way were damaged or not UTF-8 at all: some bytes of its UTF-8 encoding
 * replaced, then decoded as UTF-8 again, which leaves U+FFFD replacement characters where sequences broke.
 */
export function misdecoded(text: string): fc.Arbitrary<string> {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return fc.constant(text);
  return fc
    .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0x80, max: 0xff })), { minLength: 1, maxLength: 8 })
    .map((damage) => {
      const damaged = Buffer.from(bytes);
      for (const [index, byte] of damage) damaged[index] = byte;
      return damaged.toString('utf8');
    });
}

/** `insertion` put into `text` at `position` (taken modulo the text's length, so any integer is a place). */
export function insertAt(text: string, position: number, insertion: string): string {
  const at = position % (text.length + 1);
  return text.slice(0, at) + insertion + text.slice(at);
}
