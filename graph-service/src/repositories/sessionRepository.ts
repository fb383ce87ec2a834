/**
 * Cypher for sign-in sessions and personal API tokens. Both are stored by the sha256 of their
 * secret only; the secret itself is known to the caller alone.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { plainProperties } from '../db/values.ts';
import { ACCOUNT_LABEL, SESSION_LABEL, TOKEN_LABEL } from './accountSchema.ts';
import { toStoredAccount, type StoredAccount } from './accountRepository.ts';

export interface SessionRecord {
  id: string;
  accountId: string;
  csrf: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface TokenRecord {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function toToken(properties: Record<string, unknown>): TokenRecord {
  const p = plainProperties(properties);
  return { id: p.id as string, name: p.name as string, createdAt: p.createdAt as string, lastUsedAt: (p.lastUsedAt as string) ?? null, revokedAt: (p.revokedAt as string) ?? null };
}

export class SessionRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  private run(cypher: string, params: Record<string, unknown>, read = false) {
    return this.driver.executeQuery(cypher, params, { database: this.database, ...(read ? { routing: 'READ' as const } : {}) });
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.run(`CREATE (s:${SESSION_LABEL}) SET s = $session`, { session });
  }

  /** The session with this id and its account, when it has not expired. */
  async session(id: string, now: string): Promise<{ session: SessionRecord; account: StoredAccount } | undefined> {
    const { records } = await this.run(
      `MATCH (s:${SESSION_LABEL} {id: $id}) WHERE s.expiresAt > $now
       MATCH (a:${ACCOUNT_LABEL} {id: s.accountId})
       RETURN properties(s) AS session, properties(a) AS account`,
      { id, now }, true);
    if (records.length === 0) return undefined;
    return { session: plainProperties(records[0].get('session')) as unknown as SessionRecord, account: toStoredAccount(records[0].get('account')) };
  }

  /** Sliding expiry: a session in use lives on. */
  async touchSession(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.run(`MATCH (s:${SESSION_LABEL} {id: $id}) SET s.lastSeenAt = $lastSeenAt, s.expiresAt = $expiresAt`, { id, lastSeenAt, expiresAt });
  }

  async deleteSession(id: string): Promise<void> {
    await this.run(`MATCH (s:${SESSION_LABEL} {id: $id}) DELETE s`, { id });
  }

  async deleteSessionsOf(accountId: string): Promise<number> {
    const { records } = await this.run(`MATCH (s:${SESSION_LABEL} {accountId: $accountId}) DELETE s RETURN count(*) AS n`, { accountId });
    return Number(records[0]?.get('n') ?? 0);
  }

  /** Expired sessions are removed now and then, so the store does not grow without end. */
  async deleteExpired(now: string): Promise<void> {
    await this.run(`MATCH (s:${SESSION_LABEL}) WHERE s.expiresAt <= $now DELETE s`, { now });
  }

  async createToken(accountId: string, name: string, hash: string, now = new Date().toISOString()): Promise<TokenRecord> {
    const { records } = await this.run(
      `CREATE (t:${TOKEN_LABEL} {id: $id, accountId: $accountId, name: $name, hash: $hash, createdAt: $now, lastUsedAt: null, revokedAt: null})
       RETURN properties(t) AS props`,
      { id: `tok-${randomUUID()}`, accountId, name, hash, now });
    return toToken(records[0].get('props'));
  }

  async tokens(accountId: string): Promise<TokenRecord[]> {
    const { records } = await this.run(
      `MATCH (t:${TOKEN_LABEL} {accountId: $accountId}) RETURN properties(t) AS props ORDER BY t.createdAt DESC`, { accountId }, true);
    return records.map((r) => toToken(r.get('props')));
  }

  /** The token with this hash (revoked or not) and its account. */
  async token(hash: string): Promise<{ token: TokenRecord; account: StoredAccount } | undefined> {
    const { records } = await this.run(
      `MATCH (t:${TOKEN_LABEL} {hash: $hash}) MATCH (a:${ACCOUNT_LABEL} {id: t.accountId})
       RETURN properties(t) AS token, properties(a) AS account`, { hash }, true);
    if (records.length === 0) return undefined;
    return { token: toToken(records[0].get('token')), account: toStoredAccount(records[0].get('account')) };
  }

  async tokenUsed(id: string, now: string): Promise<void> {
    await this.run(`MATCH (t:${TOKEN_LABEL} {id: $id}) SET t.lastUsedAt = $now`, { id, now });
  }

  /** Revokes one of the account's tokens; false when it has none with that id. */
  async revokeToken(accountId: string, id: string, now = new Date().toISOString()): Promise<TokenRecord | undefined> {
    const { records } = await this.run(
      `MATCH (t:${TOKEN_LABEL} {id: $id}) WHERE t.accountId = $accountId SET t.revokedAt = coalesce(t.revokedAt, $now) RETURN properties(t) AS props`,
      { id, accountId, now });
    return records.length ? toToken(records[0].get('props')) : undefined;
  }
}
