import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ArticleVersion, parseDump } from '@legifeed/parser';
import { acceptedState } from '../../src/detect/accepted-state.js';
import { detectChanges } from '../../src/detect/detect-changes.js';
import { CHANGE_KINDS, type CodeState, type DetectionResult } from '../../src/types.js';

/** `../shared/dumps` beside the repository. */
export const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));

/** Every JSONL snapshot of a folder, oldest first (names sort by the time they were taken). */
export function snapshotsOf(folder: string): string[] {
  return readdirSync(`${DUMPS}${folder}`)
    .filter((name) => name.endsWith('.jsonl.gz'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** The day a snapshot was taken, from its name: "crpa/crpa-2020-02-02T0433.jsonl.gz" → "2020-02-02". */
export function dayOf(snapshot: string): string {
  const day = /(\d{4}-\d{2}-\d{2})/.exec(snapshot)?.[1];
  if (day === undefined) throw new Error(`${snapshot}: no day in the name`);
  return day;
}

/** A snapshot's rows, normalised. Every snapshot parses cleanly: a row error fails the test that reads it. */
export async function loadVersions(snapshot: string): Promise<ArticleVersion[]> {
  const parsed = parseDump(`${DUMPS}${snapshot}`);
  const versions: ArticleVersion[] = [];
  for await (const batch of parsed.batches()) versions.push(...batch);
  const [error] = parsed.report.firstRowErrors;
  if (error !== undefined) throw new Error(`${error.file} row ${error.row} ${error.field}: ${error.message}`);
  return versions;
}

export interface IndependentCounts {
  newArticles: number;
  removedArticles: number;
  /** Version ids new to an article present in both dumps. */
  newVersions: number;
}

/** What changed between two dumps, counted from the sets of version ids of each cid and nothing else. */
export function countByIds(previous: readonly ArticleVersion[], next: readonly ArticleVersion[]): IndependentCounts {
  const before = idsByCid(previous);
  const after = idsByCid(next);
  let newArticles = 0;
  let newVersions = 0;
  for (const [cid, ids] of after) {
    const known = before.get(cid);
    if (known === undefined) newArticles += 1;
    else newVersions += [...ids].filter((id) => !known.has(id)).length;
  }
  const removedArticles = [...before.keys()].filter((cid) => !after.has(cid)).length;
  return { newArticles, removedArticles, newVersions };
}

function idsByCid(versions: readonly ArticleVersion[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const { cid, id } of versions) ids.set(cid, (ids.get(cid) ?? new Set()).add(id));
  return ids;
}

export const NO_STATE: CodeState = { articles: new Map(), previousRowCount: null, announcedVersionIds: new Set() };

export interface DetectedPair {
  previous: ArticleVersion[];
  versions: ArticleVersion[];
  result: DetectionResult;
}

/** Publishes the first snapshot as a baseline, then detects what the second one changes. */
export async function detectPair(first: string, second: string): Promise<DetectedPair> {
  const previous = await loadVersions(first);
  const versions = await loadVersions(second);
  const baseline = detectChanges(NO_STATE, previous, { asOf: dayOf(first) });
  const result = detectChanges(acceptedState(NO_STATE, baseline), versions, { asOf: dayOf(second) });
  return { previous, versions, result };
}

/** Counts per kind, in CHANGE_KINDS order, e.g. "created 1, amended 4"; "none" when nothing is published. */
export function tally(result: DetectionResult): string {
  const counts = CHANGE_KINDS.map((kind) => [kind, result.changes.filter((change) => change.kind === kind).length] as const);
  return counts.filter(([, count]) => count > 0).map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none';
}
