/**
 * Accounts end to end on the real Neo4j: sign-in and its cookie, CSRF on writes, lock-out, sign out
 * (here and everywhere), password change and reset links, API tokens, roles per map resolving
 * what a caller sees and may change, stewards limited to their organisation, unpublished maps,
 * and open mode ending when the first account is created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { AccountRepository } from '../../graph-service/src/repositories/accountRepository.ts';
import { as, grant, makeAccount, signIn, TEST_PASSWORD } from '../support/accounts.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
const ORG = 'org-providence-house';
const OTHER_ORG = 'org-caius-house';

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db, access: 'accounts', editorKey: 'site-wide-editor-key', limits: { signInsPerAddress: 1000 } });
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

async function nodeVersion(id: string, map = SEED_MAP): Promise<number> {
  const admin = await signIn(app, 'admin@example.org');
  return (await as(app, admin, { method: 'GET', url: `/api/maps/${map}/nodes/${id}` })).json().node.version;
}

describe('signing in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie, stores only its sha256, and answers the CSRF token', async () => {
    await makeAccount(app, 'admin@example.org', { siteAdmin: true, name: 'Site admin' });
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'ADMIN@example.org', password: TEST_PASSWORD } });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'atlas_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const { records } = await db.driver.executeQuery('MATCH (s:Session) RETURN s.id AS id', {}, { database: db.database });
    expect(records.map((r) => r.get('id'))).not.toContain(cookie.value);
    expect(response.json()).toMatchObject({ account: { email: 'admin@example.org', siteAdmin: true }, csrfToken: expect.stringMatching(/^csrf_/) });
    expect(response.json().account.passwordHash).toBeUndefined();
  });

  it('limits sign-in attempts per address with 429 and Retry-After', async () => {
    const strict = await buildApp({ db, access: 'accounts', limits: { signInsPerAddress: 3 } });
    const attempt = () => strict.inject({ method: 'POST', url: '/api/session', payload: { email: 'nobody@example.org', password: 'wrong password' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const refused = await attempt();
    expect([refused.statusCode, refused.json().error]).toEqual([429, 'rate_limited']);
    expect(refused.json().message).toMatch(/sign-in attempts/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await strict.close();
  });

  it('marks the cookie Secure when the request came over https through a trusted proxy', async () => {
    const proxied = await buildApp({ db, access: 'accounts', trustProxy: true });
    const response = await proxied.inject({ method: 'POST', url: '/api/session', headers: { 'x-forwarded-proto': 'https' }, payload: { email: 'admin@example.org', password: TEST_PASSWORD } });
    expect(response.cookies.find((c) => c.name === 'atlas_session')?.secure).toBe(true);
    await proxied.close();
  });

  it('says a wrong password and an unknown e-mail in the same words, and locks the account after 10 failures', async () => {
    await makeAccount(app, 'locked@example.org');
    const unknown = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'nobody@example.org', password: 'wrong password' } });
    const wrong = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'locked@example.org', password: 'wrong password' } });
    expect([unknown.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(unknown.json()).toEqual(wrong.json());
    let last = wrong;
    for (let i = 2; i <= 10; i++) last = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'locked@example.org', password: 'wrong password' } });
    expect(last.statusCode).toBe(423);
    expect(last.json()).toMatchObject({ error: 'account_locked', message: expect.stringMatching(/locked until \d\d:\d\d UTC/) });
    const right = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'locked@example.org', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
  });

  it('refuses a write with a session but without the CSRF token, and takes it with the token', async () => {
    const admin = await signIn(app, 'admin@example.org');
    const body = { nodeType: 'Organisation', name: 'CSRF Test Group', source: 'accounts test' };
    const without = await app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, headers: { cookie: admin.headers.cookie }, payload: body });
    expect([without.statusCode, without.json().error]).toEqual([403, 'csrf_failed']);
    const wrong = await app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, headers: { cookie: admin.headers.cookie, 'x-atlas-csrf': `${admin.csrf}x` }, payload: body });
    expect(wrong.statusCode).toBe(403);
    const withToken = await as(app, admin, { method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, payload: body });
    expect(withToken.statusCode, withToken.body).toBe(201);
  });
});

describe('sessions', () => {
  it('signs out one session, or every session of the account', async () => {
    await makeAccount(app, 'many@example.org');
    const [a, b, c] = [await signIn(app, 'many@example.org'), await signIn(app, 'many@example.org'), await signIn(app, 'many@example.org')];
    expect((await as(app, a, { method: 'DELETE', url: '/api/session' })).json()).toEqual({ ended: 1 });
    expect((await as(app, a, { method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    expect((await as(app, b, { method: 'GET', url: '/api/account' })).statusCode).toBe(200);
    expect((await as(app, b, { method: 'DELETE', url: '/api/sessions' })).json()).toEqual({ ended: 2 });
    expect((await as(app, c, { method: 'GET', url: '/api/account' })).statusCode).toBe(401);
  });

  it('treats an expired session as no session', async () => {
    await makeAccount(app, 'expired@example.org');
    const caller = await signIn(app, 'expired@example.org');
    await db.driver.executeQuery("MATCH (s:Session {accountId: $id}) SET s.expiresAt = '2000-01-01T00:00:00.000Z'", { id: caller.accountId }, { database: db.database });
    expect((await as(app, caller, { method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    expect((await as(app, caller, { method: 'GET', url: '/api/session' })).json()).toMatchObject({ mode: 'accounts', account: null });
  });

  it('changes a password and ends the other sessions, keeping this one', async () => {
    await makeAccount(app, 'changer@example.org');
    const here = await signIn(app, 'changer@example.org');
    const there = await signIn(app, 'changer@example.org');
    const wrong = await as(app, here, { method: 'PUT', url: '/api/account/password', payload: { current: 'not it at all', next: 'a brand new passphrase' } });
    expect(wrong.statusCode).toBe(400);
    const changed = await as(app, here, { method: 'PUT', url: '/api/account/password', payload: { current: TEST_PASSWORD, next: 'a brand new passphrase' } });
    expect(changed.json()).toEqual({ changed: true, ended: 1 });
    expect((await as(app, here, { method: 'GET', url: '/api/account' })).statusCode).toBe(200);
    expect((await as(app, there, { method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    await signIn(app, 'changer@example.org', 'a brand new passphrase');
  });

  it('resets a password with a one-time link a site admin creates, ending every session', async () => {
    const person = await makeAccount(app, 'forgetful@example.org');
    const session = await signIn(app, 'forgetful@example.org');
    const outsider = await signIn(app, 'changer@example.org', 'a brand new passphrase');
    expect((await as(app, outsider, { method: 'POST', url: `/api/accounts/${person.id}/reset-link` })).statusCode).toBe(403);
    const admin = await signIn(app, 'admin@example.org');
    const made = await as(app, admin, { method: 'POST', url: `/api/accounts/${person.id}/reset-link` });
    expect(made.statusCode, made.body).toBe(201);
    const token = made.json().link.split('#')[1];
    const reset = await app.inject({ method: 'POST', url: '/api/account/reset', payload: { token, password: 'my new secret words' } });
    expect(reset.json()).toEqual({ reset: true, email: 'forgetful@example.org' });
    expect((await app.inject({ method: 'POST', url: '/api/account/reset', payload: { token, password: 'again new words' } })).statusCode).toBe(400);
    expect((await as(app, session, { method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    await signIn(app, 'forgetful@example.org', 'my new secret words');
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, record their last use, and stop working when revoked', async () => {
    await makeAccount(app, 'script@example.org');
    const owner = await signIn(app, 'script@example.org');
    const created = await as(app, owner, { method: 'POST', url: '/api/account/tokens', payload: { name: 'Nightly export' } });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    const { records } = await db.driver.executeQuery('MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS t', { id: token.id }, { database: db.database });
    expect(JSON.stringify(records[0].get('t'))).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    const me = await app.inject({ method: 'GET', url: '/api/account', headers: bearer });
    expect(me.json()).toMatchObject({ account: { email: 'script@example.org' }, csrfToken: null });
    const listed = (await as(app, owner, { method: 'GET', url: '/api/account/tokens' })).json().tokens;
    expect(listed[0]).toMatchObject({ id: token.id, lastUsedAt: expect.any(String), revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await as(app, owner, { method: 'DELETE', url: `/api/account/tokens/${token.id}` })).json().revokedAt).toEqual(expect.any(String));
    const after = await app.inject({ method: 'GET', url: '/api/account', headers: bearer });
    expect([after.statusCode, after.json().error]).toEqual([401, 'editor_key_needed']);
  });

  it('keeps ATLAS_EDITOR_KEY working as a site-wide admin key, with no CSRF token', async () => {
    const response = await app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, headers: { authorization: 'Bearer site-wide-editor-key' }, payload: { nodeType: 'Organisation', name: 'Key Test Group', source: 'accounts test' } });
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe('roles per map', () => {
  it('resolve the caller\'s level and stewardships in each map, and answer them with the map', async () => {
    const person = await makeAccount(app, 'steward@example.org');
    await grant(db, SEED_MAP, person.id, 'member', [ORG]);
    const steward = await signIn(app, 'steward@example.org');
    expect((await as(app, steward, { method: 'GET', url: `/api/maps/${SEED_MAP}` })).json().access).toEqual({ level: 'member', stewardOf: [ORG] });
    expect((await as(app, steward, { method: 'GET', url: '/api/maps/team-hackney' })).json().access).toEqual({ level: 'public', stewardOf: [] });
    expect((await app.inject({ method: 'GET', url: `/api/maps/${SEED_MAP}` })).json().access).toEqual({ level: 'public', stewardOf: [] });
    expect((await as(app, steward, { method: 'GET', url: '/api/account' })).json().memberships).toEqual([{ map: SEED_MAP, role: 'member', stewardOf: [ORG] }]);
  });

  it('let a steward change their organisation and its ties, and nothing else (403 with a clear message)', async () => {
    const steward = await signIn(app, 'steward@example.org');
    const own = await as(app, steward, { method: 'PATCH', url: `/api/maps/${SEED_MAP}/nodes/${ORG}`, payload: { version: await nodeVersion(ORG), changes: { description: 'Changed by its steward' } } });
    expect(own.statusCode, own.body).toBe(200);
    const other = await as(app, steward, { method: 'PATCH', url: `/api/maps/${SEED_MAP}/nodes/${OTHER_ORG}`, payload: { version: await nodeVersion(OTHER_ORG), changes: { description: 'Not theirs' } } });
    expect([other.statusCode, other.json().error]).toEqual([403, 'forbidden']);
    expect(other.json().message).toMatch(/steward.*org-providence-house/);
    const tie = await as(app, steward, { method: 'POST', url: `/api/maps/${SEED_MAP}/ties`, payload: { tieType: 'FUNDS', from: OTHER_ORG, to: ORG, source: 'accounts test' } });
    expect(tie.statusCode, tie.body).toBe(201);
    const notTouching = await as(app, steward, { method: 'POST', url: `/api/maps/${SEED_MAP}/ties`, payload: { tieType: 'FUNDS', from: OTHER_ORG, to: 'org-katherine-low-settlement', source: 'accounts test' } });
    expect(notTouching.statusCode).toBe(403);
    const removed = await as(app, steward, { method: 'DELETE', url: `/api/maps/${SEED_MAP}/ties/${encodeURIComponent(tie.json().id)}?version=${tie.json().version}` });
    expect(removed.statusCode, removed.body).toBe(200);
    const deleteNode = await as(app, steward, { method: 'DELETE', url: `/api/maps/${SEED_MAP}/nodes/${ORG}?version=1` });
    expect(deleteNode.statusCode).toBe(403);
  });

  it('hide an unpublished map from those without a role in it, and show it to its members', async () => {
    const admin = await signIn(app, 'admin@example.org');
    const map = (await as(app, admin, { method: 'GET', url: '/api/maps/team-hackney' })).json();
    const hidden = await as(app, admin, { method: 'PATCH', url: '/api/maps/team-hackney', payload: { version: map.version, changes: { published: false } } });
    expect(hidden.json().published).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/maps/team-hackney' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/maps/team-hackney/graph' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/maps' })).json().maps.map((m: { id: string }) => m.id)).not.toContain('team-hackney');
    const steward = await signIn(app, 'steward@example.org');
    expect((await as(app, steward, { method: 'GET', url: '/api/maps/team-hackney' })).statusCode).toBe(404);
    await grant(db, 'team-hackney', steward.accountId, 'viewer');
    expect((await as(app, steward, { method: 'GET', url: '/api/maps/team-hackney' })).statusCode).toBe(200);
    expect((await as(app, steward, { method: 'GET', url: '/api/maps' })).json().maps.map((m: { id: string }) => m.id)).toContain('team-hackney');
    await as(app, admin, { method: 'PATCH', url: '/api/maps/team-hackney', payload: { version: hidden.json().version, changes: { published: true } } });
    await db.driver.executeQuery('MATCH (m:Membership {map: "team-hackney"}) DELETE m', {}, { database: db.database });
  });

  it('need the editor role in the target map to copy a node there', async () => {
    const person = await makeAccount(app, 'copier@example.org');
    await grant(db, SEED_MAP, person.id, 'editor');
    const copier = await signIn(app, 'copier@example.org');
    const refused = await as(app, copier, { method: 'POST', url: `/api/maps/${SEED_MAP}/nodes/${OTHER_ORG}/copy`, payload: { to: 'team-hackney' } });
    expect([refused.statusCode, refused.json().error]).toEqual([403, 'forbidden']);
    await grant(db, 'team-hackney', person.id, 'editor');
    const copied = await as(app, copier, { method: 'POST', url: `/api/maps/${SEED_MAP}/nodes/${OTHER_ORG}/copy`, payload: { to: 'team-hackney' } });
    expect(copied.statusCode, copied.body).toBe(201);
  });

  it('make whoever creates a map its admin', async () => {
    await makeAccount(app, 'maker@example.org');
    const maker = await signIn(app, 'maker@example.org');
    const made = await as(app, maker, { method: 'POST', url: '/api/maps', payload: { title: 'Maker map' } });
    expect(made.statusCode, made.body).toBe(201);
    expect((await as(app, maker, { method: 'GET', url: `/api/maps/${made.json().id}` })).json().access).toEqual({ level: 'admin', stewardOf: [] });
  });

  it('make whoever imports files into a new map its admin', async () => {
    await makeAccount(app, 'importer@example.org');
    const maker = await signIn(app, 'importer@example.org');
    const sheet = Buffer.from('id,name,type,source\norg-imported,Imported Group,Organisation,accounts test\n').toString('base64');
    const made = await as(app, maker, { method: 'POST', url: '/api/import/files/commit?title=Imported%20map', payload: { files: [{ name: 'elements.csv', data: sheet }] } });
    expect(made.statusCode, made.body).toBe(201);
    expect((await as(app, maker, { method: 'GET', url: `/api/maps/${made.json().map.id}` })).json().access).toEqual({ level: 'admin', stewardOf: [] });
  });

  it('are managed by the map\'s admins: add by e-mail, set role and stewardship, remove', async () => {
    const person = await makeAccount(app, 'mapadmin@example.org');
    await grant(db, SEED_MAP, person.id, 'admin');
    const mapAdmin = await signIn(app, 'mapadmin@example.org');
    const added = await as(app, mapAdmin, { method: 'POST', url: `/api/maps/${SEED_MAP}/members`, payload: { email: 'script@example.org', role: 'member', stewardOf: [OTHER_ORG] } });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ email: 'script@example.org', role: 'member', stewardOf: [OTHER_ORG] });
    const notOrg = await as(app, mapAdmin, { method: 'PUT', url: `/api/maps/${SEED_MAP}/members/${added.json().accountId}`, payload: { role: 'member', stewardOf: ['theme-faith'] } });
    expect(notOrg.statusCode).toBe(400);
    const members = (await as(app, mapAdmin, { method: 'GET', url: `/api/maps/${SEED_MAP}/members` })).json().members;
    expect(members.map((m: { email: string }) => m.email)).toEqual(expect.arrayContaining(['script@example.org', 'steward@example.org', 'mapadmin@example.org']));
    expect((await as(app, mapAdmin, { method: 'GET', url: '/api/maps/team-hackney/members' })).statusCode).toBe(403);
    const steward = await signIn(app, 'steward@example.org');
    expect((await as(app, steward, { method: 'GET', url: `/api/maps/${SEED_MAP}/members` })).statusCode).toBe(403);
    expect((await as(app, mapAdmin, { method: 'DELETE', url: `/api/maps/${SEED_MAP}/members/${added.json().accountId}` })).json()).toEqual({ removed: added.json().accountId });
  });
});

describe('open mode', () => {
  it('lets everyone edit until the first account exists, then asks for sign-in without a restart, for good', async () => {
    await db.driver.executeQuery('MATCH (n) WHERE n:Account OR n:Session OR n:Membership DETACH DELETE n', {}, { database: db.database });
    const auto = await buildApp({ db, access: 'auto' });
    expect((await auto.inject({ method: 'GET', url: '/api/session' })).json().mode).toBe('open');
    const write = { method: 'POST' as const, url: `/api/maps/${SEED_MAP}/nodes`, payload: { nodeType: 'Organisation', name: 'Open Mode Group', source: 'accounts test' } };
    expect((await auto.inject(write)).statusCode).toBe(201);
    await new AccountRepository(db.driver, db.database).create({ email: 'first@example.org', name: 'First admin', passwordHash: 'scrypt$1$1$1$x$y', siteAdmin: true });
    // A sign-in attempt looks again at once (otherwise within 30 seconds).
    await auto.inject({ method: 'POST', url: '/api/session', payload: { email: 'first@example.org', password: 'not the password' } });
    expect((await auto.inject({ method: 'GET', url: '/api/session' })).json().mode).toBe('accounts');
    expect((await auto.inject(write)).statusCode).toBe(401);
    // Once closed it stays closed: the accounts are not counted again, even if the store loses them.
    await db.driver.executeQuery('MATCH (a:Account) DETACH DELETE a', {}, { database: db.database });
    await auto.inject({ method: 'POST', url: '/api/session', payload: { email: 'first@example.org', password: 'not the password' } });
    expect((await auto.inject({ method: 'GET', url: '/api/session' })).json().mode).toBe('accounts');
    await auto.close();
  });
});
