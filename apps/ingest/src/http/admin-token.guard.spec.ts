import type { ExecutionContext } from '@nestjs/common';
import { UnauthorizedException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/ingest-config.js';
import { AdminTokenGuard } from './admin-token.guard.js';
import { adminTokensOf, type LocalAdminToken } from './local-admin-token.js';

const TOKEN = 'the-admin-token-of-this-server';

function guard(adminToken: string | null, localToken: string | null = null): AdminTokenGuard {
  const config = loadConfig(adminToken === null ? {} : { LEGIFEED_ADMIN_TOKEN: adminToken });
  return new AdminTokenGuard(adminTokensOf(config, { value: localToken } as LocalAdminToken));
}

/** A request with this Authorization header; the response records the headers set on it. */
function exchange(authorization?: string) {
  const headers: Record<string, string> = {};
  const context = {
    switchToHttp: () => ({
      getRequest: () => ({ headers: authorization === undefined ? {} : { authorization } }),
      getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }),
    }),
  } as unknown as ExecutionContext;
  return { context, headers };
}

describe('AdminTokenGuard', () => {
  it('lets the admin token through, whatever the case of "Bearer"', () => {
    expect(guard(TOKEN).canActivate(exchange(`Bearer ${TOKEN}`).context)).toBe(true);
    expect(guard(TOKEN).canActivate(exchange(`bearer ${TOKEN}`).context)).toBe(true);
  });

  it('refuses a missing, wrong or malformed token, asking for a bearer token', () => {
    for (const header of [undefined, `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN} extra`]) {
      const { context, headers } = exchange(header);
      expect(() => guard(TOKEN).canActivate(context)).toThrow(UnauthorizedException);
      expect(headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    }
  });

  it('takes the local token of an embedded data directory as well', () => {
    expect(guard(TOKEN, 'local-secret').canActivate(exchange('Bearer local-secret').context)).toBe(true);
    expect(guard(null, 'local-secret').canActivate(exchange('Bearer local-secret').context)).toBe(true);
  });

  it('says when the server has no token at all', () => {
    expect(() => guard(null).canActivate(exchange('Bearer anything').context)).toThrow(
      'Admin requests are disabled: the server has no LEGIFEED_ADMIN_TOKEN',
    );
  });
});
