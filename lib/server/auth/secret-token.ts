import { createHash, randomBytes } from 'node:crypto';

/** A random token (256 bits) with a readable prefix; only its hash is ever stored. */
export function createSecretToken(prefix: 'cs_pat' | 'cs_inv'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
