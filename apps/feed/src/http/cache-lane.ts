import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { RepresentationCache } from './representation-cache.js';
import { sendRepresentation } from './send-representation.js';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Puts the representation cache in front of the framework, as a caching proxy would stand in front of the app:
 * a GET whose URL has a current cached rendering is answered (200 or 304) without going through Express and
 * Nest, whose routing costs several times the answer itself. Everything else goes on to the app unchanged.
 */
export function installCacheLane(server: Server, cache: RepresentationCache): void {
  const app = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const cached = request.method === 'GET' || request.method === 'HEAD' ? cache.peek(request.url ?? '') : null;
    if (cached !== null) {
      sendRepresentation(request, response, cached);
      return;
    }
    for (const listener of app) listener.call(server, request, response);
  });
}
