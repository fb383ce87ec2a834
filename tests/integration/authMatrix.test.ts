/**
 * The authorisation matrix, generated from the OpenAPI document: every operation × every kind of
 * caller gets the status its declared access (`needs`, the operation's security) says — 401 for no
 * credentials, 403 for a role too low in this map, through otherwise — so a new route is in the
 * matrix the moment it is in the contract. Requests are built from the schemas' examples.
 * Callers: no session, an expired session, a revoked API token, a signed-in account with no role
 * here (public), one whose role is in another map only, viewer, member, steward (a member speaking
 * for one organisation), editor, map admin, and a site admin.
 */
import neo4j from 'neo4j-driver';
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
  // Copying a node into another map needs the editor role there too; these callers' roles are in SEED_MAP only.
  if (op.id === 'copyNodeToMap' && !caller.siteAdmin) return 403;
  if (needed === 'steward') return atLeast(level, 'editor') || (caller.steward && op.inMap) ? 'through' : 403;
  return atLeast(level, needed) ? 'through' : 403;
}

/** The operations, read from the OpenAPI document when the file is collected, so each is a test of its own. */
async function documentedOperations(): Promise<Operation[]> {
  const nowhere = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('nobody', 'nothing'));
  const documenting = await buildApp({ db: { driver: nowhere, database: 'neo4j', uri: 'bolt://127.0.0.1:9' } });
  await documenting.ready();
  const found = operationsOf(documenting.swagger());
  await documenting.close();
  await nowhere.close();
  // Destructive operations last, in this order, so the map, its nodes and the sessions are there for the others.
  const last = ['removeMember', 'deleteNode', 'mergeOrganisations', 'deleteMap', 'signOut', 'signOutEverywhere', 'changePassword'];
  return found.sort((a, b) => last.indexOf(a.id) - last.indexOf(b.id));
}
const operations = await documentedOperations();

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db, access: 'accounts', limits: { requestsPerMinute: 100_000, signInsPerAddress: 10_000, signInsPerAccount: 10_000, tokenUsesPerMinute: 100_000 } });

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

/** Each caller's credentials, made once and again after an operation that ends its sessions. */
const credentials = new Map<string, Record<string, string>>();
async function headersOf(name: string): Promise<Record<string, string>> {
  if (!credentials.has(name)) credentials.set(name, await freshHeaders(name));
  return credentials.get(name) as Record<string, string>;
}

async function freshHeaders(name: string): Promise<Record<string, string>> {
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

let cells = 0;
describe('the authorisation matrix', () => {
  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  for (const op of operations) {
    it(`${op.method} ${op.path} (${op.id}, needs ${op.access})`, async () => {
      const wrong: string[] = [];
      for (const caller of CALLERS) {
        const request = requestFor(op, SEED_MAP);
        const headers = { ...(await headersOf(caller.name)), ...request.headers };
        const response = await app.inject({ method: request.method, url: request.url, payload: request.payload, headers });
        const want = expected(op, { ...caller, headers });
        const status = response.statusCode;
        const body = response.headers['content-type']?.toString().includes('json') ? response.json() : {};
        // What access refuses with: 401 editor_key_needed (no credentials that count) or 403 forbidden (the
        // role is too low). A steward through the hook may still be refused by the service's own check
        // (not their organisation), which says so; a wrong sign-in is 401 wrong_credentials, not a refusal.
        const stewardRefusal = caller.steward && op.access === 'steward' && /As a steward/.test(body.message ?? '');
        const refused = status === 401 && body.error === 'editor_key_needed' ? 401 : status === 403 && body.error === 'forbidden' && !stewardRefusal ? 403 : 'through';
        const ok = refused === want;
        if (!ok) wrong.push(`as ${caller.name}: want ${want}, got ${status} ${JSON.stringify(body).slice(0, 160)}`);
        if (status >= 500) wrong.push(`as ${caller.name}: ${status}`);
        // Signing out ends a session, never a token.
        if ((op.id === 'signOut' || op.id === 'signOutEverywhere') && !caller.name.endsWith('token')) credentials.delete(caller.name);
        cells++;
      }
      expect(wrong).toEqual([]);
    });
  }

  afterAll(() => {
    console.log(`Authorisation matrix: ${operations.length} operations × ${CALLERS.length} callers = ${cells} cells`);
  });
});
