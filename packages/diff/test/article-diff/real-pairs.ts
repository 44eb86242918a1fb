import { fileURLToPath } from 'node:url';
import { type ArticleVersion, parseDump } from '@legifeed/parser';

/** The real dumps beside the repository (`../shared/dumps`). */
export const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));

/** Two wordings of one article, each version as a dump holds it. */
export interface WordingPair {
  num: string;
  before: ArticleVersion;
  after: ArticleVersion;
}

export async function readVersions(dump: string): Promise<ArticleVersion[]> {
  const versions: ArticleVersion[] = [];
  for await (const batch of parseDump(`${DUMPS}${dump}`).batches()) versions.push(...batch);
  return versions;
}

/**
 * Every pairing of a version of the first dump with a version of the second for the same cid, the wording
 * (alinéas) differing or not; a cid with a version in force and a scheduled successor gives several pairs.
 */
export function wordingPairs(before: readonly ArticleVersion[], after: readonly ArticleVersion[]): WordingPair[] {
  const afterByCid = new Map<string, ArticleVersion[]>();
  for (const version of after) afterByCid.set(version.cid, [...(afterByCid.get(version.cid) ?? []), version]);
  const pairs = new Map<string, WordingPair>();
  for (const old of before) {
    for (const next of afterByCid.get(old.cid) ?? []) pairs.set(`${old.id} ${next.id}`, { num: next.num, before: old, after: next });
  }
  return [...pairs.values()];
}

export function sameWording(pair: WordingPair): boolean {
  return pair.before.paragraphs.join('\n') === pair.after.paragraphs.join('\n');
}
