import { createHash } from 'node:crypto';

/** A strong ETag (RFC 9110) for a response body: equal bytes, equal tag, whoever renders them. */
export function etagFor(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}
