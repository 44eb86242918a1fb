import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/dumps` beside the repository. */
export const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export const CRPA_CODE = 'code-des-relations-entre-le-public-et-l-administration';
export const CSS_CODE = 'code-de-la-securite-sociale';
export const CSS_2020 = `${DUMPS}css/css-2020-06-18.jsonl.gz`;
export const CSS_2023 = `${DUMPS}css/css-2023-05-14.jsonl.gz`;

/** The JSONL snapshots of a folder of `../shared/dumps`, oldest first (their names sort by the time taken). */
export function snapshotsOf(folder: string): string[] {
  return readdirSync(`${DUMPS}${folder}`)
    .filter((name) => name.endsWith('.jsonl.gz'))
    .sort()
    .map((name) => `${DUMPS}${folder}/${name}`);
}

export interface ExpectedStep {
  snapshot: string;
  /** Counts per kind in CHANGE_KINDS order, e.g. "created 1, amended 4"; "none". */
  changes: string;
  technical: number;
  hold?: string;
}

/** The golden table of what each CRPA snapshot gives, shared with packages/diff. */
export function crpaHistory(): ExpectedStep[] {
  const golden = JSON.parse(readFileSync(`${FIXTURES}crpa/history-changes.json`, 'utf8')) as {
    steps: (ExpectedStep & { note?: string })[];
  };
  return golden.steps.map(({ note: _note, ...step }) => step);
}
