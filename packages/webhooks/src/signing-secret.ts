import { randomBytes } from 'node:crypto';

/** Standard Webhooks secrets are 24 to 64 random bytes; legifeed uses 32. */
const SECRET_BYTES = 32;

/** A new signing secret: `whsec_` and the base64 of 32 random bytes, as Standard Webhooks libraries expect. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** A subscription's secrets as stored: during a rotation's overlap the previous one still signs. */
export interface SubscriptionSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** The secrets to sign with at `now`: the current one, then the previous one while its overlap lasts. */
export function signingSecretsAt(secrets: SubscriptionSecrets, now: Date): string[] {
  const { secret, previousSecret, previousSecretExpiresAt } = secrets;
  const overlapping =
    previousSecret !== null && previousSecretExpiresAt !== null && previousSecretExpiresAt.getTime() > now.getTime();
  return overlapping ? [secret, previousSecret] : [secret];
}

/** Default overlap of a rotation: receivers have a day to switch to the new secret. */
export const DEFAULT_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1_000;
