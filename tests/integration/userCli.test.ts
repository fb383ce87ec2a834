/**
 * `npm run user` as an admin runs it, on the run's Neo4j: add reads the password from piped stdin
 * (never from an argument), list shows the accounts, reset-link makes a link that works, and
 * mistakes end with exit code 2 (usage) or 1 (failed) and a message that says what to do.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const db = testDatabase();
const neo4j = inject('neo4j');
const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };

beforeAll(() => resetAndSeed(db));
afterAll(() => db.driver.close());

function user(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/user.ts', ...args], { env, cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm run user', () => {
  it('adds the first admin with the password from stdin, lists it, and the admin can sign in', async () => {
    const added = await user(['add', '--admin', '--email', 'First.Admin@example.org', '--name', 'First admin'], 'a long enough password\n');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/Created site admin first.admin@example.org \(First admin\)/);
    const listed = await user(['list']);
    expect(listed.stdout).toMatch(/first.admin@example.org\tFirst admin\tsite admin/);
    const app = await buildApp({ db, access: 'auto' });
    const signedIn = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'first.admin@example.org', password: 'a long enough password' } });
    expect(signedIn.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/session' })).json().mode).toBe('accounts');

    const link = await user(['reset-link', 'first.admin@example.org', '--base', 'http://atlas.example.org']);
    expect(link.code, link.stderr).toBe(0);
    const token = /http:\/\/atlas\.example\.org\/reset#(atr_\S+)/.exec(link.stdout)?.[1];
    const reset = await app.inject({ method: 'POST', url: '/api/account/reset', payload: { token, password: 'another long password' } });
    expect(reset.statusCode, reset.body).toBe(200);
    await app.close();
  });

  it('refuses mistakes with clear exit codes: usage 2, failure 1', async () => {
    const [asArgument, unknown, missing, short, duplicate, nobody, help] = await Promise.all([
      user(['add', '--email', 'x@example.org', '--name', 'X', '--password', 'secret secret']),
      user(['frobnicate']),
      user(['add', '--email', 'x@example.org']),
      user(['add', '--email', 'short@example.org', '--name', 'Short'], 'short\n'),
      user(['add', '--email', 'first.admin@example.org', '--name', 'Again'], 'a long enough password\n'),
      user(['reset-link', 'nobody@example.org']),
      user(['--help']),
    ]);
    expect([asArgument.code, unknown.code, missing.code]).toEqual([2, 2, 2]);
    expect(asArgument.stderr).toMatch(/never given as an argument/);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
    expect([short.code, duplicate.code, nobody.code]).toEqual([1, 1, 1]);
    expect(short.stderr).toMatch(/at least 10 characters/);
    expect(duplicate.stderr).toMatch(/exists already/);
    expect(nobody.stderr).toMatch(/No account has the e-mail nobody@example.org/);
    expect([help.code, help.stdout]).toEqual([0, expect.stringMatching(/Usage: npm run user/)]);
  });
});
