import { fileURLToPath } from 'node:url';
import { type ArticleVersion, parseDump } from '@legifeed/parser';
import type { CodeState } from '../types.js';

const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));

/** The benchmark's pair: the state after css-2020-06-18 and the versions of css-2023-05-14. */
export interface CssPair {
  state: CodeState;
  versions: ArticleVersion[];
  asOf: string;
}

export async function loadCssPair(): Promise<CssPair> {
  const before = await readVersions('css/css-2020-06-18.jsonl.gz');
  const articles = new Map<string, ArticleVersion[]>();
  for (const version of before) articles.set(version.cid, [...(articles.get(version.cid) ?? []), version]);
  return {
    // As storage keeps it once 2020-06-18 was ingested: every version in it announced.
    state: { articles, previousRowCount: before.length, announcedVersionIds: new Set(before.map((version) => version.id)) },
    versions: await readVersions('css/css-2023-05-14.jsonl.gz'),
    asOf: '2023-05-14',
  };
}

async function readVersions(dump: string): Promise<ArticleVersion[]> {
  const parsed = parseDump(`${DUMPS}${dump}`);
  const versions: ArticleVersion[] = [];
  for await (const batch of parsed.batches()) versions.push(...batch);
  if (parsed.report.rowErrorCount > 0) throw new Error(`${dump}: ${parsed.report.rowErrorCount} rows could not be read`);
  return versions;
}
