import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';

interface HttpExchange {
  request: { headers: Record<string, string | string[] | undefined> };
  response: { setHeader(name: string, value: string): void };
}

/** Injection token of the `AdminTokens` an `AdminTokenGuard` accepts. */
export const ADMIN_TOKENS = Symbol('AdminTokens');

/** The tokens accepted, asked at each request: an embedded server writes its local token once started. */
export type AdminTokens = () => readonly string[];

/**
 * Lets through requests bearing an admin token (`Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>`). The module
 * using it provides `ADMIN_TOKENS`.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(@Inject(ADMIN_TOKENS) private readonly acceptedTokens: AdminTokens) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const { request, response } = { request: http.getRequest(), response: http.getResponse() } as HttpExchange;
    const accepted = this.acceptedTokens();
    const presented = bearerToken(request.headers.authorization);
    if (presented !== null && accepted.some((token) => sameSecret(presented, token))) return true;
    response.setHeader('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException(
      accepted.length === 0
        ? 'Admin requests are disabled: the server has no LEGIFEED_ADMIN_TOKEN'
        : 'Admin token required: send Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>',
    );
  }
}

function bearerToken(header: string | string[] | undefined): string | null {
  const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Compares digests, which have one length, so the time taken says nothing about the token. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
