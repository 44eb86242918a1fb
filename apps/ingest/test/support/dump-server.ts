import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server tags a file: Hugging Face gives a stored file's sha256 as its ETag; others give opaque tags. */
export type EtagStyle = 'sha256' | 'opaque';

/** Serves one dump at one URL (GET and HEAD), as a dataset host does, and records the methods it is asked. */
export class DumpServer {
  readonly requests: string[] = [];
  private bytes = Buffer.alloc(0);
  private etag = '';
  private servedCount = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly style: EtagStyle,
  ) {
    server.on('request', (request, response) => this.answer(request.method ?? 'GET', response));
  }

  static async start(name: string, style: EtagStyle): Promise<DumpServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new DumpServer(server, `http://127.0.0.1:${port}/${name}`, style);
  }

  /** Serves this file from now on. */
  async serve(path: string): Promise<void> {
    this.bytes = await readFile(path);
    this.servedCount += 1;
    const sha256 = createHash('sha256').update(this.bytes).digest('hex');
    this.etag = this.style === 'sha256' ? `"${sha256}"` : `W/"version-${this.servedCount}"`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(method: string, response: ServerResponse): void {
    this.requests.push(method);
    response.writeHead(200, { etag: this.etag, 'content-length': this.bytes.length });
    response.end(method === 'HEAD' ? undefined : this.bytes);
  }
}
