/** Random secrets (session cookies, API tokens, reset links) and how they are stored: only their sha256. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as URL-safe text, with a short prefix saying what it is (`ats_` session, `atk_` token, `atr_` reset). */
export function newSecret(prefix: 'ats' | 'atk' | 'atr' | 'csrf'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Constant-time equality of two texts (different lengths are unequal at once: lengths are not secret). */
export function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
