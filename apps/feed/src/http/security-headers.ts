import type { NextFunction, Request, Response } from 'express';

/**
 * The pages carry no script, no inline style and no third-party resource (packages/publish makes sure of it),
 * so the policy allows our stylesheet and images, forms posting back to us, and nothing else.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// A fixed set rather than a middleware library's: the cache lane sends it with cached responses in one writeHead.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors says it for current browsers; this for the others.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Express middleware: the security headers on every response the framework writes (errors included). */
export function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  next();
}
