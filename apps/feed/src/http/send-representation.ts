import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { isNotModified } from './conditional-get.js';
import type { Representation } from './representation.js';
import { SECURITY_HEADERS } from './security-headers.js';

interface ResponseHeaders {
  ok: OutgoingHttpHeaders;
  notModified: OutgoingHttpHeaders;
}

// Built once per representation: a cached one is sent many times.
const headersByRepresentation = new WeakMap<Representation, ResponseHeaders>();

function headersOf(current: Representation): ResponseHeaders {
  let headers = headersByRepresentation.get(current);
  if (headers === undefined) {
    const validators: OutgoingHttpHeaders = {
      ...SECURITY_HEADERS,
      ETag: current.etag,
      'Cache-Control': current.cacheControl,
      ...(current.lastModified === null ? {} : { 'Last-Modified': current.lastModified.toUTCString() }),
    };
    headers = {
      ok: { ...validators, 'Content-Type': current.contentType, 'Content-Length': current.body.length },
      notModified: validators,
    };
    headersByRepresentation.set(current, headers);
  }
  return headers;
}

/** Answers 304 when the client's copy is current, else the bytes; the validators and security headers go with both. */
export function sendRepresentation(request: IncomingMessage, response: ServerResponse, current: Representation): void {
  const headers = headersOf(current);
  const notModified = isNotModified(
    { ifNoneMatch: request.headers['if-none-match'], ifModifiedSince: request.headers['if-modified-since'] },
    current,
  );
  if (notModified) response.writeHead(304, headers.notModified).end();
  else response.writeHead(200, headers.ok).end(current.body);
}
