import { decodeHTML } from 'entities';
import type { RawRow, SectionPlacement } from '../types.js';
import { optionalString } from './row-fields.js';
import { normaliseTypography } from './typography.js';

const SECTION_SEPARATOR = ' > ';

/**
 * Where the article sits: the titles of `fullSectionsTitre` ("Partie législative &gt; LIVRE V : …", entities
 * decoded, typography normalised) and `sectionParentCid`, the section's identity across retitles.
 */
export function sectionPlacement(raw: RawRow): SectionPlacement {
  const titles = optionalString(raw, 'fullSectionsTitre');
  return {
    path: titles === null ? [] : sectionTitles(titles),
    parentCid: optionalString(raw, 'sectionParentCid')?.trim() ?? null,
  };
}

/** Rows of one section share their path: each distinct path is parsed once (the cache is cleared when large). */
const parsedPaths = new Map<string, readonly string[]>();
const LARGEST_CACHE = 20_000;

export function sectionTitles(fullSectionsTitre: string): string[] {
  let titles = parsedPaths.get(fullSectionsTitre);
  if (!titles) {
    if (parsedPaths.size >= LARGEST_CACHE) parsedPaths.clear();
    titles = parseSectionTitles(fullSectionsTitre);
    parsedPaths.set(fullSectionsTitre, titles);
  }
  return [...titles];
}

function parseSectionTitles(fullSectionsTitre: string): string[] {
  return decodeHTML(fullSectionsTitre)
    .split(SECTION_SEPARATOR)
    .map(normaliseTypography)
    .filter((title) => title !== '');
}
