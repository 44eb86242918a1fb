import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Injectable } from '@nestjs/common';
import { DumpReadError, openDump } from '@legifeed/parser';

/** A dump's bytes as one local file, with their sha256. */
export interface FetchedDump {
  /** The path or URL the dump was asked for. */
  source: string;
  /** Where to read it: the file itself, or a temporary copy of a URL. */
  path: string;
  sha256: string;
  /** Deletes the temporary copy, if any. */
  release(): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The file system and HTTP side of reading dumps. A URL is downloaded once to a temporary file, hashed on the
 * way: the rows stored are then exactly the bytes whose sha256 is recorded, even if the URL changes meanwhile.
 */
@Injectable()
export class DumpSource {
  async fetch(source: string): Promise<FetchedDump> {
    if (!isUrl(source)) {
      return { source, path: source, sha256: await hashOf(await openFile(source)), release: async () => {} };
    }
    const folder = await mkdtemp(join(tmpdir(), 'legifeed-download-'));
    const release = () => rm(folder, { recursive: true, force: true });
    try {
      // The name keeps the URL's extension, which tells the parser the format.
      const path = join(folder, basename(new URL(source).pathname) || 'dump');
      const hash = createHash('sha256');
      await pipeline(await download(source), hashing(hash), createWriteStream(path));
      return { source, path, sha256: hash.digest('hex'), release };
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** The sha256 of the dump's bytes, streamed (nothing is kept). */
  async sha256Of(source: string): Promise<string> {
    return hashOf(isUrl(source) ? await download(source) : await openFile(source));
  }

  /**
   * The sha256 a server announces for a URL without sending it: Hugging Face gives a stored (LFS) file's
   * sha256 as its ETag (`X-Linked-Etag` when the URL redirects). Null for a path, or an ETag of another kind.
   */
  async advertisedSha256(source: string): Promise<string | null> {
    if (!isUrl(source)) return null;
    const response = await request(source, 'HEAD');
    for (const header of ['x-linked-etag', 'etag']) {
      const tag = response.headers.get(header)?.replace(/^W\//, '').replaceAll('"', '').toLowerCase();
      if (tag !== undefined && SHA256_HEX.test(tag)) return tag;
    }
    return null;
  }

  /** The `title_main` of the dump's first row: which code it holds. Null for a dump without rows. */
  async codeTitleOf(source: string): Promise<string | null> {
    const dump = await openDump(source);
    try {
      for await (const item of dump.items()) {
        if (item.kind !== 'row') continue;
        const title = item.raw.title_main;
        if (typeof title !== 'string' || title.trim() === '') {
          throw new DumpReadError(source, `row ${item.row} has no title_main: the code cannot be told (give it)`);
        }
        return title;
      }
      return null;
    } finally {
      await dump.close();
    }
  }
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function openFile(path: string): Promise<Readable> {
  try {
    if (!(await stat(path)).isFile()) throw new DumpReadError(path, 'not a file');
  } catch (error) {
    if (error instanceof DumpReadError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DumpReadError(path, missing ? 'no such file' : (error as Error).message, { cause: error });
  }
  return createReadStream(path);
}

async function hashOf(bytes: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of bytes) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function hashing(hash: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

async function download(url: string): Promise<Readable> {
  const response = await request(url, 'GET');
  if (response.body === null) throw new DumpReadError(url, 'HTTP response has no body');
  return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
}

/**
 * A 4xx answer will not change by asking again: a DumpReadError, which fails the run for good. A network
 * failure or a 5xx is a plain error, so the job is retried.
 */
async function request(url: string, method: 'GET' | 'HEAD'): Promise<Response> {
  let response: Response;
  try {
    // identity: the bytes hashed must be the file's, not a compressed transfer of it.
    response = await fetch(url, { method, headers: { 'accept-encoding': 'identity' } });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new Error(`${url}: cannot fetch: ${(cause as Error).message ?? String(cause)}`, { cause: error });
  }
  if (response.ok) return response;
  await response.body?.cancel();
  const status = `HTTP ${response.status} ${response.statusText}`.trim();
  if (response.status >= 400 && response.status < 500) throw new DumpReadError(url, status);
  throw new Error(`${url}: ${status}`);
}
