import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signMessage } from './sign-message.js';
import { DEFAULT_ROTATION_OVERLAP_MS, generateSigningSecret, signingSecretsAt } from './signing-secret.js';

const body = JSON.stringify({ type: 'article.amended', data: { id: 'chg', summary: 'Article L. 112-1 modifié' } });

describe('signMessage', () => {
  it("produces headers that standardwebhooks' own Webhook.verify accepts", () => {
    const secret = generateSigningSecret();
    const headers = signMessage('msg_1', new Date(), body, [secret]);
    expect(headers['webhook-id']).toBe('msg_1');
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation, so receivers on either secret verify', () => {
    const [previous, current, other] = [generateSigningSecret(), generateSigningSecret(), generateSigningSecret()];
    const headers = signMessage('msg_2', new Date(), body, [current, previous]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(previous).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(other).verify(body, { ...headers })).toThrow(WebhookVerificationError);
  });

  it('is refused once the body or the timestamp is tampered with', () => {
    const secret = generateSigningSecret();
    const headers = signMessage('msg_3', new Date(), body, [secret]);
    expect(() => new Webhook(secret).verify(`${body} `, { ...headers })).toThrow('No matching signature found');
    const stale = signMessage('msg_3', new Date(Date.now() - 10 * 60_000), body, [secret]);
    expect(() => new Webhook(secret).verify(body, { ...stale })).toThrow('Message timestamp too old');
  });
});

describe('signing secrets', () => {
  it('are whsec_ and the base64 of 32 random bytes', () => {
    const secrets = Array.from({ length: 20 }, generateSigningSecret);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('sign with the previous secret only while the overlap lasts', () => {
    const rotatedAt = new Date('2024-07-27T12:00:00Z');
    const secrets = {
      secret: 'whsec_new',
      previousSecret: 'whsec_old',
      previousSecretExpiresAt: new Date(rotatedAt.getTime() + DEFAULT_ROTATION_OVERLAP_MS),
    };
    expect(signingSecretsAt(secrets, rotatedAt)).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecretsAt(secrets, new Date('2024-07-28T11:59:59Z'))).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecretsAt(secrets, new Date('2024-07-28T12:00:00Z'))).toEqual(['whsec_new']);
    expect(signingSecretsAt({ secret: 'whsec_new', previousSecret: null, previousSecretExpiresAt: null }, rotatedAt)).toEqual([
      'whsec_new',
    ]);
  });
});
