import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** A temporary folder for dumps derived from real ones (a few rows broken, rows dropped). */
export async function scratchFolder(): Promise<{ path(name: string): string; remove(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'legifeed-derived-'));
  return { path: (name) => join(folder, name), remove: () => rm(folder, { recursive: true, force: true }) };
}

/** The lines of a real `.jsonl.gz` dump. */
export async function dumpLines(source: string): Promise<string[]> {
  return gunzipSync(await readFile(source)).toString('utf8').split('\n').filter((line) => line !== '');
}

export async function writeDump(target: string, lines: readonly string[]): Promise<void> {
  await writeFile(target, gzipSync(`${lines.join('\n')}\n`));
}

/** One row's JSON with some fields replaced. */
export function withFields(line: string, fields: Record<string, unknown>): string {
  return JSON.stringify({ ...(JSON.parse(line) as object), ...fields });
}
