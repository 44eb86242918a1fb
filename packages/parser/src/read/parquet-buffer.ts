import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { asyncBufferFromFile, asyncBufferFromUrl, type AsyncBuffer } from 'hyparquet';
import { DumpReadError } from '../types.js';
import { assertReadableFile } from './byte-stream.js';
import { isUrl } from './dump-format.js';
import { fetchDump } from './http.js';

/** Random access to a parquet file's bytes, and how to release what was taken to provide it. */
export interface ParquetBytes {
  buffer: AsyncBuffer;
  release(): Promise<void>;
}

const nothingToRelease = async (): Promise<void> => {};

export async function openParquetBytes(source: string): Promise<ParquetBytes> {
  if (!isUrl(source)) {
    await assertReadableFile(source);
    return { buffer: await asyncBufferFromFile(source), release: nothingToRelease };
  }
  return openParquetUrl(source);
}

/**
 * Parquet is read from its footer backwards, so a URL needs Range requests. A server that ignores Range sends
 * the whole file instead: it goes to a temporary file (not to memory) that is deleted on release.
 */
async function openParquetUrl(url: string): Promise<ParquetBytes> {
  const probe = await fetchDump(url, { range: 'bytes=0-3' });
  if (probe.status === 206) {
    await probe.body?.cancel();
    const byteLength = totalLength(url, probe.headers.get('content-range'));
    return { buffer: await asyncBufferFromUrl({ url, byteLength }), release: nothingToRelease };
  }
  const folder = await mkdtemp(join(tmpdir(), 'legifeed-dump-'));
  const release = () => rm(folder, { recursive: true, force: true });
  try {
    const path = join(folder, 'dump.parquet');
    if (!probe.body) throw new DumpReadError(url, 'HTTP response has no body');
    await pipeline(Readable.fromWeb(probe.body as WebReadableStream<Uint8Array>), createWriteStream(path));
    return { buffer: await asyncBufferFromFile(path), release };
  } catch (error) {
    await release();
    if (error instanceof DumpReadError) throw error;
    throw new DumpReadError(url, `download failed: ${(error as Error).message}`, { cause: error });
  }
}

/** "bytes 0-3/7471102" → 7471102 */
function totalLength(url: string, contentRange: string | null): number {
  const total = Number(contentRange?.split('/')[1]);
  if (!Number.isSafeInteger(total)) {
    throw new DumpReadError(url, `HTTP 206 without a usable Content-Range (${contentRange ?? 'none'})`);
  }
  return total;
}
