/**
 * Sign-in under load: 20 people signing in at the same moment (POST /api/session through HTTP
 * injection, scrypt at the service's cost), five rounds with distinct accounts; p50 and p95 of one
 * sign-in, and the same for one request with a personal API token (the cost of identifying a caller).
 * The peer, in the same run: 20 bare `crypto.scrypt` calls at once at the same cost (node:crypto,
 * no service, no database), so the ratio is what the service adds to the password check itself.
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../graph-service/src/app.ts';
import { applySchema } from '../graph-service/src/repositories/schemaRepository.ts';
import { SCRYPT_COST, verifyPassword, hashPassword } from '../graph-service/src/security/passwords.ts';
import { benchDatabase } from './support/neo4j.ts';
import { ms, summarise, table } from './support/stats.ts';

const CONCURRENT = 20;
const ROUNDS = 5;
const PASSWORD = 'a bench password of some length';

export default async function accountsBench(): Promise<void> {
  const db = await benchDatabase('accounts', { heap: '512m', pageCache: '256m' });
  try {
    await applySchema(db.driver, db.database);
    // Limits high enough that the bench measures sign-in, not the limiter.
    const app = await buildApp({ db, access: 'accounts', limits: { signInsPerAddress: 100_000, signInsPerAccount: 100_000, requestsPerMinute: 1_000_000, tokenUsesPerMinute: 1_000_000 } });
    const emails = Array.from({ length: CONCURRENT * ROUNDS }, (_, i) => `bench-${i}@example.org`);
    for (const email of emails) await app.atlasAccounts.create({ email, name: email, password: PASSWORD, siteAdmin: false });
    // One sign-in first, so what is timed is not the first query plan.
    await app.inject({ method: 'POST', url: '/api/session', payload: { email: emails[0], password: PASSWORD } });

    const signIns: number[] = [];
    const rounds: number[] = [];
    let failures = 0;
    const stored = await hashPassword(PASSWORD);
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // The peer first in each round, then the service: both see the same machine at nearly the same time.
      await Promise.all(Array.from({ length: CONCURRENT }, async () => {
        const t = performance.now();
        await verifyPassword(PASSWORD, stored);
        bare.push(performance.now() - t);
      }));
      const started = performance.now();
      await Promise.all(emails.slice(round * CONCURRENT, (round + 1) * CONCURRENT).map(async (email) => {
        const t = performance.now();
        const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password: PASSWORD } });
        signIns.push(performance.now() - t);
        if (response.statusCode !== 200) failures++;
      }));
      rounds.push(performance.now() - started);
    }

    const owner = await app.inject({ method: 'POST', url: '/api/session', payload: { email: emails[1], password: PASSWORD } });
    const cookie = `atlas_session=${owner.cookies.find((c) => c.name === 'atlas_session')?.value}`;
    const made = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: { cookie, 'x-atlas-csrf': owner.json().csrfToken }, payload: { name: 'bench' } });
    const bearer = { authorization: `Bearer ${made.json().secret}` };
    const tokenUses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await app.inject({ method: 'GET', url: '/api/account', headers: bearer });
      tokenUses.push(performance.now() - t);
    }
    await app.close();

    const sign = summarise(signIns);
    const peer = summarise(bare);
    const token = summarise(tokenUses);
    console.log(`scrypt N=${SCRYPT_COST.N} r=${SCRYPT_COST.r} p=${SCRYPT_COST.p}; ${CONCURRENT} concurrent sign-ins × ${ROUNDS} rounds; ${failures} failed`);
    table([
      { what: `sign-in (${CONCURRENT} at once)`, n: sign.n, p50: ms(sign.p50), p95: ms(sign.p95), max: ms(sign.max) },
      { what: `peer: bare scrypt check (${CONCURRENT} at once)`, n: peer.n, p50: ms(peer.p50), p95: ms(peer.p95), max: ms(peer.max) },
      { what: `round of ${CONCURRENT}`, n: rounds.length, p50: ms(summarise(rounds).p50), p95: ms(summarise(rounds).p95), max: ms(summarise(rounds).max) },
      { what: 'request with an API token', n: token.n, p50: ms(token.p50), p95: ms(token.p95), max: ms(token.max) },
    ]);
    console.log(`sign-in p95 / bare scrypt p95: ${(sign.p95 / peer.p95).toFixed(2)}×`);
  } finally {
    await db.close();
  }
}
