import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { asyncBufferFromUrl, type AsyncBuffer } from 'hyparquet';
import { DumpReadError } from '../types.js';
import { assertReadableFile } from './byte-stream.js';
import { isUrl } from './dump-format.js';
import { fetchDump } from './http.js';

/** Random access to a parquet file's bytes, and how to release what was taken to provide it. */
export interface ParquetBytes {
  buffer: AsyncBuffer;
  /** Whether each slice is an HTTP request, worth making few and large; a slice of a file is one positioned read. */
  remote: boolean;
  release(): Promise<void>;
}

const nothingToRelease = async (): Promise<void> => {};

export async function openParquetBytes(source: string): Promise<ParquetBytes> {
  if (!isUrl(source)) {
    await assertReadableFile(source);
    return openParquetFile(source, nothingToRelease);
  }
  return openParquetUrl(source);
}

/**
 * Each slice is one positioned read into a buffer of its size (hyparquet's own file buffer streams it in 64 KB
 * chunks, then copies them into one). The file stays open until release.
 */
async function openParquetFile(path: string, releaseAfter: () => Promise<void>): Promise<ParquetBytes> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      buffer: { byteLength: size, slice: (start, end = size) => readRange(handle, path, start, end) },
      remote: false,
      release: async () => {
        await handle.close();
        await releaseAfter();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readRange(handle: FileHandle, path: string, start: number, end: number): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(end - start);
  for (let filled = 0; filled < bytes.length; ) {
    const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
    if (bytesRead === 0) throw new DumpReadError(path, `ends before byte ${start + filled} (truncated while read?)`);
    filled += bytesRead;
  }
  return bytes.buffer;
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
    return { buffer: await asyncBufferFromUrl({ url, byteLength }), remote: true, release: nothingToRelease };
  }
  const folder = await mkdtemp(join(tmpdir(), 'legifeed-dump-'));
  const release = () => rm(folder, { recursive: true, force: true });
  try {
    const path = join(folder, 'dump.parquet');
    if (!probe.body) throw new DumpReadError(url, 'HTTP response has no body');
    await pipeline(Readable.fromWeb(probe.body as WebReadableStream<Uint8Array>), createWriteStream(path));
    return await openParquetFile(path, release);
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
