import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SUBSCRIPTIONS_CONFIG, type SubscriptionsConfig } from './subscriptions-config.js';

/** Lets through requests bearing `Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>`; none without a token set. */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(@Inject(SUBSCRIPTIONS_CONFIG) private readonly config: SubscriptionsConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const expected = this.config.adminToken;
    const presented = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1] ?? null;
    if (expected !== null && presented !== null && sameSecret(presented, expected)) return true;
    http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException(
      expected === null
        ? 'Subscriptions are managed with an admin token, and the server has no LEGIFEED_ADMIN_TOKEN'
        : 'Admin token required: send Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>',
    );
  }
}

/** Compares digests, which have one length, so the time taken says nothing about the token. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
