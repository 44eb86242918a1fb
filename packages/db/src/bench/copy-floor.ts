import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';

const run = promisify(execFile);

/**
 * The floor of any ingest: `psql \copy` of the dump's JSONL into a one-column jsonb table. CSV with quote and
 * delimiter characters that JSON never holds bare passes each line through untouched.
 */
export async function measureCopyFloor(databaseUrl: string, dumpGz: string): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'legifeed-db-bench-'));
  const jsonl = join(folder, 'dump.jsonl');
  try {
    await pipeline(createReadStream(dumpGz), createGunzip(), createWriteStream(jsonl));
    await psql(databaseUrl, 'drop table if exists bench_copy_floor; create table bench_copy_floor (doc jsonb)');
    const started = performance.now();
    await psql(
      databaseUrl,
      `\\copy bench_copy_floor(doc) from '${jsonl}' with (format csv, quote e'\\x01', delimiter e'\\x02')`,
    );
    const seconds = (performance.now() - started) / 1000;
    await psql(databaseUrl, 'drop table bench_copy_floor');
    return seconds;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function psql(databaseUrl: string, command: string): Promise<void> {
  await run('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command]);
}
