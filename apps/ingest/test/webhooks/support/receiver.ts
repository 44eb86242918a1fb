import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the receiver got it. */
export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
  at: number;
}

/** What to answer a request (status and extra headers); null leaves it unanswered (a hung receiver). */
export type Answer = (request: Omit<Received, 'status' | 'at'>) => { status: number; headers?: Record<string, string> } | null;

/** A webhook receiver on loopback that records every request and answers as `answer` says. */
export class Receiver {
  readonly received: Received[] = [];
  connections = 0;
  private server: http.Server | null = null;
  private port = 0;

  constructor(public answer: Answer = () => ({ status: 204 })) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts listening, on the same port as before when restarted. */
  async start(): Promise<this> {
    const server = http.createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const seen = { path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
        const answer = this.answer(seen);
        if (answer === null) return;
        this.received.push({ ...seen, status: answer.status, at: performance.now() });
        response.writeHead(answer.status, answer.headers).end('a body legifeed must not keep');
      });
    });
    server.on('connection', () => (this.connections += 1));
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening and drops open connections: the receiver is down. */
  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** Requests answered with a 2xx. */
  delivered(path?: string): Received[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300 && (path === undefined || r.path === path));
  }
}
