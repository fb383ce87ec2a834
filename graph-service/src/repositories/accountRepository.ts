/**
 * Cypher for accounts and their one-time reset links. An account's password hash never leaves this
 * file except to the service that verifies it; answers carry `AccountRecord` without it.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '../db/transactions.ts';
import { int, plainProperties } from '../db/values.ts';
import { ACCOUNT_LABEL, RESET_LABEL, SESSION_LABEL } from './accountSchema.ts';

export interface AccountRecord {
  id: string;
  email: string;
  name: string;
  siteAdmin: boolean;
  createdAt: string;
}

export interface StoredAccount extends AccountRecord {
  passwordHash: string;
  failedSignIns: number;
  lockedUntil: string | null;
  passwordChangedAt: string | null;
}

export function toStoredAccount(properties: Record<string, unknown>): StoredAccount {
  const p = plainProperties(properties);
  return {
    id: p.id as string, email: p.email as string, name: p.name as string, siteAdmin: p.siteAdmin === true, createdAt: p.createdAt as string,
    passwordHash: p.passwordHash as string, failedSignIns: Number(p.failedSignIns ?? 0),
    lockedUntil: (p.lockedUntil as string | undefined) ?? null, passwordChangedAt: (p.passwordChangedAt as string | undefined) ?? null,
  };
}

export const publicAccount = ({ id, email, name, siteAdmin, createdAt }: AccountRecord): AccountRecord => ({ id, email, name, siteAdmin, createdAt });

export class AccountRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return writeTransaction(this.driver, this.database, work);
  }

  private async one(cypher: string, params: Record<string, unknown>): Promise<StoredAccount | undefined> {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    return records.length ? toStoredAccount(records[0].get('props')) : undefined;
  }

  count(): Promise<number> {
    return this.driver.executeQuery(`MATCH (a:${ACCOUNT_LABEL}) RETURN count(a) AS n`, {}, { database: this.database, routing: 'READ' })
      .then(({ records }) => Number(records[0].get('n')));
  }

  byEmail(email: string): Promise<StoredAccount | undefined> {
    return this.one(`MATCH (a:${ACCOUNT_LABEL} {email: $email}) RETURN properties(a) AS props`, { email: email.toLowerCase() });
  }

  byId(id: string): Promise<StoredAccount | undefined> {
    return this.one(`MATCH (a:${ACCOUNT_LABEL} {id: $id}) RETURN properties(a) AS props`, { id });
  }

  async list(): Promise<AccountRecord[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (a:${ACCOUNT_LABEL}) RETURN properties(a) AS props ORDER BY a.email`, {}, { database: this.database, routing: 'READ' });
    return records.map((r) => publicAccount(toStoredAccount(r.get('props'))));
  }

  /** A new account; an e-mail already taken is a 409 (the uniqueness constraint). */
  create(account: { email: string; name: string; passwordHash: string; siteAdmin: boolean }, now = new Date().toISOString()): Promise<AccountRecord> {
    return this.write(async (tx) => {
      const { records } = await tx.run(
        `CREATE (a:${ACCOUNT_LABEL} {id: $id, email: $email, name: $name, passwordHash: $passwordHash, siteAdmin: $siteAdmin,
           createdAt: $now, passwordChangedAt: $now, failedSignIns: 0, lockedUntil: null})
         RETURN properties(a) AS props`,
        { ...account, email: account.email.toLowerCase(), id: `acc-${randomUUID()}`, now },
      );
      return publicAccount(toStoredAccount(records[0].get('props')));
    });
  }

  /** Counts a failed sign-in; at `limit` failures the account is locked until `lockUntil`. Answers the account after. */
  async signInFailed(id: string, limit: number, lockUntil: string): Promise<StoredAccount> {
    return this.write(async (tx) => {
      const { records } = await tx.run(
        `MATCH (a:${ACCOUNT_LABEL} {id: $id})
         SET a.failedSignIns = coalesce(a.failedSignIns, 0) + 1
         SET a.lockedUntil = CASE WHEN a.failedSignIns >= $limit THEN $lockUntil ELSE a.lockedUntil END,
             a.failedSignIns = CASE WHEN a.failedSignIns >= $limit THEN 0 ELSE a.failedSignIns END
         RETURN properties(a) AS props`,
        { id, limit: int(limit), lockUntil },
      );
      return toStoredAccount(records[0].get('props'));
    });
  }

  async signInSucceeded(id: string): Promise<void> {
    await this.driver.executeQuery(
      `MATCH (a:${ACCOUNT_LABEL} {id: $id}) WHERE a.failedSignIns <> 0 OR a.lockedUntil IS NOT NULL SET a.failedSignIns = 0, a.lockedUntil = null`,
      { id }, { database: this.database });
  }

  /** Sets a new password and ends the account's sessions, except `keepSession` (the one that changed it), in one transaction. */
  async setPassword(id: string, passwordHash: string, keepSession: string | null, now = new Date().toISOString()): Promise<number> {
    return this.write(async (tx) => {
      await tx.run(
        `MATCH (a:${ACCOUNT_LABEL} {id: $id}) SET a.passwordHash = $passwordHash, a.passwordChangedAt = $now, a.failedSignIns = 0, a.lockedUntil = null`,
        { id, passwordHash, now });
      const { records } = await tx.run(
        `MATCH (s:${SESSION_LABEL} {accountId: $id}) WHERE $keep IS NULL OR s.id <> $keep DETACH DELETE s RETURN count(*) AS n`, { id, keep: keepSession });
      return Number(records[0]?.get('n') ?? 0);
    });
  }

  /** A one-time reset link's record: only the sha256 of its secret is kept. Earlier unused links of the account stop working. */
  async createReset(accountId: string, hash: string, expiresAt: string, now = new Date().toISOString()): Promise<void> {
    await this.write(async (tx) => {
      await tx.run(`MATCH (r:${RESET_LABEL} {accountId: $accountId}) DELETE r`, { accountId });
      await tx.run(`CREATE (:${RESET_LABEL} {id: $hash, accountId: $accountId, createdAt: $now, expiresAt: $expiresAt})`, { hash, accountId, now, expiresAt });
    });
  }

  /**
   * Uses a reset link: if it exists and has not expired, the password is set, the link is gone and
   * every session of the account ends, in one transaction. Answers the account id, or undefined.
   */
  async redeemReset(hash: string, passwordHash: string, now = new Date().toISOString()): Promise<string | undefined> {
    return this.write(async (tx) => {
      const { records } = await tx.run(
        `MATCH (r:${RESET_LABEL} {id: $hash}) WITH r, r.accountId AS accountId, r.expiresAt > $now AS live DELETE r RETURN accountId, live`, { hash, now });
      if (records.length === 0 || records[0].get('live') !== true) return undefined;
      const accountId = records[0].get('accountId') as string;
      await tx.run(
        `MATCH (a:${ACCOUNT_LABEL} {id: $accountId}) SET a.passwordHash = $passwordHash, a.passwordChangedAt = $now, a.failedSignIns = 0, a.lockedUntil = null`,
        { accountId, passwordHash, now });
      await tx.run(`MATCH (s:${SESSION_LABEL} {accountId: $accountId}) DETACH DELETE s`, { accountId });
      return accountId;
    });
  }
}
