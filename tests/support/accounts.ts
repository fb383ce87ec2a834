/** Accounts for tests: create them through the app's own service, sign in through the API, and send writes with the CSRF token. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { MapRole } from '../../graph-service/src/model/roles.ts';
import { MembershipRepository } from '../../graph-service/src/repositories/membershipRepository.ts';
import type { Database } from '../../graph-service/src/db/connection.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface Caller {
  /** Headers that carry the session cookie (and for writes, the CSRF token). */
  headers: Record<string, string>;
  csrf: string;
  accountId: string;
  email: string;
}

export async function makeAccount(app: FastifyInstance, email: string, options: { name?: string; siteAdmin?: boolean } = {}) {
  return app.atlasAccounts.create({ email, name: options.name ?? email.split('@')[0], password: TEST_PASSWORD, siteAdmin: options.siteAdmin ?? false });
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Caller> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} answered ${response.statusCode}: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'atlas_session');
  const body = response.json();
  return { headers: { cookie: `atlas_session=${cookie?.value}`, 'x-atlas-csrf': body.csrfToken }, csrf: body.csrfToken, accountId: body.account.id, email };
}

export async function grant(db: Database, map: string, accountId: string, role: MapRole, stewardOf: string[] = []): Promise<void> {
  await new MembershipRepository(db.driver, db.database).put(map, accountId, role, stewardOf);
}

/** An inject with the caller's session headers merged in. */
export function as(app: FastifyInstance, caller: Caller | undefined, options: InjectOptions) {
  return app.inject({ ...options, headers: { ...(caller?.headers ?? {}), ...((options.headers as Record<string, string>) ?? {}) } });
}
