import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';

const run = promisify(execFile);

async function psql(databaseUrl: string, command: string): Promise<void> {
  await run('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command]);
}

export async function gunzipTo(source: string, target: string): Promise<void> {
  await pipeline(createReadStream(source), createGunzip(), createWriteStream(target));
}

/**
 * The floor of any ingest: `psql \copy` of the dump's JSONL into a one-column jsonb table. CSV with quote and
 * delimiter characters JSON never holds bare passes each line through untouched.
 */
export async function copyFloorSeconds(databaseUrl: string, jsonl: string): Promise<number> {
  await psql(databaseUrl, 'drop table if exists bench_copy_floor; create table bench_copy_floor (doc jsonb)');
  const started = performance.now();
  await psql(databaseUrl, `\\copy bench_copy_floor(doc) from '${jsonl}' with (format csv, quote e'\\x01', delimiter e'\\x02')`);
  const seconds = (performance.now() - started) / 1000;
  await psql(databaseUrl, 'drop table bench_copy_floor');
  return seconds;
}
