/**
 * A section path as one text value that a btree (text_pattern_ops) index can prefix-search: every title is
 * followed by the ASCII unit separator, which no title contains, so the prefix "Livre I" never matches
 * "Livre II".
 */
const TITLE_END = '\u001f';

export function sectionPathKey(path: readonly string[]): string {
  return path.map((title) => `${title}${TITLE_END}`).join('');
}

/** A LIKE pattern matching every path key that starts with `key`. */
export function pathKeyPrefixPattern(key: string): string {
  return `${key.replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
}
