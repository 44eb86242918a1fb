import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface ServedRequest {
  path: string;
  status: number;
}

export interface DumpServer {
  /** Every request answered so far, in order. */
  requests: ServedRequest[];
  /** The URL of `path` (relative to the served folder). */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder over HTTP, as a static file host would: 404 for a missing file, and byte ranges only when
 * `ranges` is true (otherwise Range is ignored and the whole file is sent with 200).
 */
export async function serveFolder(folder: string, { ranges }: { ranges: boolean }): Promise<DumpServer> {
  const requests: ServedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const served = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    response.on('finish', () => requests.push({ path: served, status: response.statusCode }));
    const path = join(folder, served);
    if (!existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const size = statSync(path).size;
    const range = ranges ? /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '') : null;
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      response.writeHead(206, {
        'accept-ranges': 'bytes',
        'content-range': `bytes ${start}-${end}/${size}`,
        'content-length': end - start + 1,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path, { start, end }).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-length': size, ...(ranges ? { 'accept-ranges': 'bytes' } : {}) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
