/**
 * The authorisation matrix, generated from the OpenAPI document: every operation × every kind of
 * caller gets the status its declared access (`needs`, the operation's security) says — 401 for no
 * credentials, 403 for a role too low in this map, through otherwise — so a new route is in the
 * matrix the moment it is in the contract. Requests are built from the schemas' examples.
 * Callers: no session, an expired session, a revoked API token, a signed-in account with no role
 * here (public), one whose role is in another map only, viewer, member, steward (a member speaking
 * for one organisation), editor, map admin, and a site admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { atLeast, type AccessLevel, type MapRole, type RouteAccess } from '../../graph-service/src/model/roles.ts';
import { grant, makeAccount, signIn } from '../support/accounts.ts';
import { resetAndSeed, SEED_MAP, SEED_MAPS, testDatabase } from '../support/db.ts';
import { operationsOf, requestFor, type Operation } from '../support/openapiRequests.ts';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
const OTHER_MAP = SEED_MAPS[1].id;
const ORG = 'org-providence-house';

interface Caller {
  name: string;
  headers: Record<string, string>;
  /** Level in SEED_MAP; outside a map signed-in callers are viewers, site admins admins. */
  level: AccessLevel | 'nobody' | 'revoked';
  signedIn: boolean;
  siteAdmin?: boolean;
  steward?: boolean;
}

/** What the matrix expects: 401, 403, or 'through' (the hook let it through: any other status). */
type Expected = 401 | 403 | 'through';

function expected(op: Operation, caller: Caller): Expected {
  if (caller.level === 'revoked') return 401;
  const needed: RouteAccess = op.access;
  if (needed === 'public') return 'through';
  if (caller.level === 'nobody') return 401;
  if (needed === 'account') return 'through';
  const level: AccessLevel = op.inMap ? caller.level : caller.siteAdmin ? 'admin' : 'viewer';
  if (needed === 'steward') return atLeast(level, 'editor') || (caller.steward && op.inMap) ? 'through' : 403;
  return atLeast(level, needed) ? 'through' : 403;
}

let operations: Operation[];

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db, access: 'accounts', limits: { requestsPerMinute: 100_000, signInsPerAddress: 10_000, tokenUsesPerMinute: 100_000 } });
  operations = operationsOf((await app.inject({ method: 'GET', url: '/api/docs/json' })).json());
  // Destructive operations last, so the map and its nodes are there for the others.
  const last = new Set(['deleteMap', 'deleteNode', 'mergeOrganisations', 'removeMember', 'signOut', 'signOutEverywhere', 'changePassword']);
  operations.sort((a, b) => Number(last.has(a.id)) - Number(last.has(b.id)));

  const roles: [string, MapRole, string[]][] = [['viewer', 'viewer', []], ['member', 'member', []], ['steward', 'member', [ORG]], ['editor', 'editor', []], ['admin', 'admin', []]];
  for (const [name, role, stewardOf] of roles) {
    const account = await makeAccount(app, `${name}@matrix.example.org`);
    await grant(db, SEED_MAP, account.id, role, stewardOf);
  }
  await makeAccount(app, 'public@matrix.example.org');
  const elsewhere = await makeAccount(app, 'elsewhere@matrix.example.org');
  await grant(db, OTHER_MAP, elsewhere.id, 'admin');
  await makeAccount(app, 'site@matrix.example.org', { siteAdmin: true });
  await makeAccount(app, 'expired@matrix.example.org');
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

/** Each caller signs in afresh before each operation: sign-out and password change are operations too. */
async function headersOf(name: string): Promise<Record<string, string>> {
  if (name === 'no session') return {};
  if (name === 'expired') {
    const caller = await signIn(app, 'expired@matrix.example.org');
    await db.driver.executeQuery("MATCH (s:Session {accountId: $id}) SET s.expiresAt = '2000-01-01T00:00:00.000Z'", { id: caller.accountId }, { database: db.database });
    return caller.headers;
  }
  if (name === 'revoked token') {
    const owner = await signIn(app, 'editor@matrix.example.org');
    const made = (await app.inject({ method: 'POST', url: '/api/account/tokens', headers: owner.headers, payload: { name: 'matrix' } })).json();
    await app.inject({ method: 'DELETE', url: `/api/account/tokens/${made.token.id}`, headers: owner.headers });
    return { authorization: `Bearer ${made.secret}` };
  }
  if (name === 'editor token') {
    const owner = await signIn(app, 'editor@matrix.example.org');
    return { authorization: `Bearer ${(await app.inject({ method: 'POST', url: '/api/account/tokens', headers: owner.headers, payload: { name: 'matrix' } })).json().secret}` };
  }
  return (await signIn(app, `${name === 'site admin' ? 'site' : name}@matrix.example.org`)).headers;
}

const CALLERS: Omit<Caller, 'headers'>[] = [
  { name: 'no session', level: 'nobody', signedIn: false },
  { name: 'expired', level: 'nobody', signedIn: false },
  { name: 'revoked token', level: 'revoked', signedIn: false },
  { name: 'public', level: 'public', signedIn: true },
  { name: 'elsewhere', level: 'public', signedIn: true },
  { name: 'viewer', level: 'viewer', signedIn: true },
  { name: 'member', level: 'member', signedIn: true },
  { name: 'steward', level: 'member', signedIn: true, steward: true },
  { name: 'editor', level: 'editor', signedIn: true },
  { name: 'editor token', level: 'editor', signedIn: true },
  { name: 'admin', level: 'admin', signedIn: true },
  { name: 'site admin', level: 'admin', signedIn: true, siteAdmin: true },
];

describe('the authorisation matrix', () => {
  it('gives every operation × caller the status its declared access says', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    let cells = 0;
    for (const op of operations) {
      for (const caller of CALLERS) {
        const request = requestFor(op, SEED_MAP);
        const headers = { ...(await headersOf(caller.name)), ...request.headers };
        const response = await app.inject({ method: request.method, url: request.url, payload: request.payload, headers });
        const want = expected(op, { ...caller, headers });
        const status = response.statusCode;
        const body = response.headers['content-type']?.toString().includes('json') ? response.json() : {};
        // A steward through the hook may still be refused by the service's own check (not their organisation).
        const stewardRefusal = caller.steward && op.access === 'steward' && status === 403 && /As a steward/.test(body.message ?? '');
        const ok = want === 'through' ? (status !== 401 && status !== 403) || stewardRefusal : status === want;
        if (!ok) wrong.push(`${op.method} ${op.path} (${op.id}, needs ${op.access}) as ${caller.name}: want ${want}, got ${status} ${JSON.stringify(body).slice(0, 160)}`);
        if (status >= 500) wrong.push(`${op.method} ${op.path} as ${caller.name}: ${status}`);
        cells++;
      }
    }
    expect(wrong).toEqual([]);
    console.log(`Authorisation matrix: ${operations.length} operations × ${CALLERS.length} callers = ${cells} cells`);
  });
});
