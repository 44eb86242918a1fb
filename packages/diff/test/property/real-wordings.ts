import { readVersions, sameWording, wordingPairs } from '../article-diff/real-pairs.js';

export interface RealWordings {
  /** The alinéas of every article of the cgct sample and of a crpa snapshot. */
  articles: string[][];
  /** Real amendments: the two wordings of each article the crpa changed between two snapshots. */
  amended: Array<[string[], string[]]>;
}

export async function realWordings(): Promise<RealWordings> {
  const cgct = await readVersions('cgct/cgct-sample.jsonl');
  const before = await readVersions('crpa/crpa-2023-01-02T0315.jsonl.gz');
  const after = await readVersions('crpa/crpa-2023-05-16T0334.jsonl.gz');
  const amended = wordingPairs(before, after)
    .filter((pair) => !sameWording(pair))
    .map((pair): [string[], string[]] => [pair.before.paragraphs, pair.after.paragraphs]);
  return { articles: [...cgct, ...after].map((version) => version.paragraphs), amended };
}
