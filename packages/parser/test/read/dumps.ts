import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readDump } from '../../src/read/open-dump.js';
import type { ReadItem } from '../../src/types.js';

/** `../shared/dumps` beside the repository. */
export const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));
export const BAD_INPUT = fileURLToPath(new URL('../../../../fixtures/bad-input/', import.meta.url));

/** Every dump file under DUMPS, as a path relative to it ("crpa/crpa-2019-08-22T1825.jsonl.gz"). */
export function allDumpFiles(): string[] {
  return readdirSync(DUMPS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) => readdirSync(join(DUMPS, folder.name)).map((name) => `${folder.name}/${name}`))
    .sort();
}

/** Non-blank lines, counted without the code under test. */
export function countJsonLines(path: string): number {
  const bytes = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return text.split('\n').filter((line) => line.trim() !== '').length;
}

export async function readAll(source: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readDump(source)) items.push(item);
  return items;
}

/** Reads until the dump fails; returns what was read and the error (null when it did not fail). */
export async function readUntilFailure(source: string): Promise<{ items: ReadItem[]; error: unknown }> {
  const items: ReadItem[] = [];
  try {
    for await (const item of readDump(source)) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: null };
}
