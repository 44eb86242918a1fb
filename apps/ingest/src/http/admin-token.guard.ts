import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { INGEST_CONFIG } from '../config/config.module.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { LocalAdminToken } from './local-admin-token.js';

interface HttpExchange {
  request: { headers: Record<string, string | string[] | undefined> };
  response: { setHeader(name: string, value: string): void };
}

/** Lets through requests bearing the admin token (`Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>`). */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    private readonly localToken: LocalAdminToken,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const { request, response } = { request: http.getRequest(), response: http.getResponse() } as HttpExchange;
    const accepted = [this.config.adminToken, this.localToken.value].filter((token) => token !== null);
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
