import { parseDump, type ArticleVersion } from '@legifeed/parser';
import { fileURLToPath } from 'node:url';

/** The shared real dumps, beside the repository (packages/db/test/support → ../../../../shared/dumps). */
export const DUMPS_DIR = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));

export const CGCT_SAMPLE = `${DUMPS_DIR}cgct/cgct-sample.jsonl`;
export const CSS_2020 = `${DUMPS_DIR}css/css-2020-06-18.jsonl.gz`;
export const CSS_2023 = `${DUMPS_DIR}css/css-2023-05-14.jsonl.gz`;
export const CRPA_2023_01 = `${DUMPS_DIR}crpa/crpa-2023-01-02T0315.jsonl.gz`;
export const CRPA_2023_05 = `${DUMPS_DIR}crpa/crpa-2023-05-16T0334.jsonl.gz`;

/** Every version of a real dump, normalised by the parser; a dump with a bad row is not what the tests expect. */
export async function readVersions(path: string): Promise<ArticleVersion[]> {
  const parsed = parseDump(path);
  const versions: ArticleVersion[] = [];
  for await (const batch of parsed.batches()) versions.push(...batch);
  const [error] = parsed.report.firstRowErrors;
  if (error !== undefined) throw new Error(`${error.file} row ${error.row} (${error.field}): ${error.message}`);
  return versions;
}

/** Versions grouped by cid, in dump order: the state a dump leaves. */
export function stateOf(versions: readonly ArticleVersion[]): Map<string, ArticleVersion[]> {
  const state = new Map<string, ArticleVersion[]>();
  for (const version of versions) state.set(version.cid, [...(state.get(version.cid) ?? []), version]);
  return state;
}
