/** Password hashes: scrypt in a versioned text, a fresh salt each time, verified in constant time, never a plain comparison. */
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../../graph-service/src/security/passwords.ts';
import { csrfMatches } from '../../../graph-service/src/security/guards.ts';
import { newSecret, sameText, sha256 } from '../../../graph-service/src/security/secrets.ts';

const CHEAP = { N: 1024, r: 8, p: 1 };

describe('password hashes', () => {
  it('are versioned scrypt texts with their cost, a fresh salt and the key', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery', CHEAP), hashPassword('correct horse battery', CHEAP)]);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verify the right password only, with the cost the hash names', async () => {
    const stored = await hashPassword('correct horse battery', CHEAP);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('verify nothing against a text that is not such a hash, or names costs OpenSSL refuses', async () => {
    for (const stored of ['', 'correct horse battery', 'scrypt$1$1$1$x$y', 'bcrypt$10$abc', 'scrypt$99999999$8$1$aaaa$bbbb']) {
      expect(await verifyPassword('correct horse battery', stored)).toBe(false);
    }
  });

  it('are refused under 10 characters with words that say so', () => {
    expect(passwordProblem('short')).toMatch(/at least 10 characters/);
    expect(passwordProblem('long enough now')).toBeUndefined();
  });
});

describe('secrets', () => {
  it('are 32 random bytes with a prefix, stored as their sha256', () => {
    const secret = newSecret('ats');
    expect(secret).toMatch(/^ats_[A-Za-z0-9_-]{43}$/);
    expect(newSecret('ats')).not.toBe(secret);
    expect(sha256(secret)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('compare equal only when equal, whatever the lengths', () => {
    expect(sameText('abc', 'abc')).toBe(true);
    expect(sameText('abc', 'abd')).toBe(false);
    expect(sameText('abc', 'abcd')).toBe(false);
    expect(csrfMatches('csrf_x', 'csrf_x')).toBe(true);
    expect(csrfMatches(undefined, 'csrf_x')).toBe(false);
    expect(csrfMatches(['csrf_x', 'csrf_x'], 'csrf_x')).toBe(false);
    expect(csrfMatches('', '')).toBe(false);
  });
});
