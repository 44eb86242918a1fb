import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response as the app gave it, to be given again byte for byte. */
export interface RecordedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

// Added by node:http itself on every response, on both servers.
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

export async function recordResponse(url: string, requestHeaders: Record<string, string> = {}): Promise<RecordedResponse> {
  const response = await fetch(url, { headers: requestHeaders });
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of response.headers) if (!PER_RESPONSE_HEADERS.has(name)) headers[name] = value;
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The baseline: a bare node:http server answering the recorded responses, the one with `notModified` when the
 * request's If-None-Match equals its ETag. Nothing to look up, route, check or render.
 */
export async function startBareServer(ok: RecordedResponse, notModified: RecordedResponse): Promise<{ server: Server; url: string }> {
  const etag = ok.headers.etag;
  const server = createServer((request, response) => {
    const current = (request.headers as IncomingHttpHeaders)['if-none-match'] === etag ? notModified : ok;
    response.writeHead(current.status, current.headers).end(current.body);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}` };
}
