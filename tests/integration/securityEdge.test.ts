/**
 * The security edge through the real app, in open mode (a local install, everyone may edit): a page
 * of another site cannot write (403, even with a text/plain "simple" request, which gets 415 before
 * any body is read), an unexpected Host is refused, and every answer carries the security headers.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { SEED_MAP } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
const body = JSON.stringify({ nodeType: 'Organisation', name: 'Edge Test Group', source: 'edge test' });
const url = `/api/maps/${SEED_MAP}/nodes`;

async function storedCount(): Promise<number> {
  const { records } = await service.db.driver.executeQuery("MATCH (n:Organisation {name: 'Edge Test Group'}) RETURN count(n) AS n", {}, { database: service.db.database });
  return Number(records[0].get('n'));
}

describe('writes from elsewhere, in open mode', () => {
  it('refuse a cross-site JSON write with 403 and a text/plain one with 415, changing nothing', async () => {
    const crossSite = await service.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/json', origin: 'https://evil.example.com', 'sec-fetch-site': 'cross-site' } });
    expect([crossSite.statusCode, crossSite.json().error]).toEqual([403, 'cross_origin']);
    const plain = await service.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'text/plain', origin: 'https://evil.example.com' } });
    expect([plain.statusCode, plain.json().error]).toEqual([415, 'unsupported_media_type']);
    const form = await service.app.inject({ method: 'POST', url, payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    const noOrigin = await service.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' } });
    expect(noOrigin.statusCode).toBe(403);
    expect(await storedCount()).toBe(0);
  });

  it('take a write from the service\'s own page, from an allowed origin, or from a script without Origin', async () => {
    const own = await service.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/json', host: 'localhost:4173', origin: 'http://localhost:4173', 'sec-fetch-site': 'same-origin' } });
    expect(own.statusCode, own.body).toBe(201);
    const script = await service.app.inject({ method: 'POST', url, payload: { ...JSON.parse(body), name: 'Edge Test Group 2' } });
    expect(script.statusCode, script.body).toBe(201);
    const allowing = await buildApp({ db: service.db, allowedOrigins: ['https://tools.example.org'] });
    const allowed = await allowing.inject({ method: 'POST', url, payload: { ...JSON.parse(body), name: 'Edge Test Group 3' }, headers: { origin: 'https://tools.example.org' } });
    expect(allowed.statusCode, allowed.body).toBe(201);
    await allowing.close();
  });

  it('refuse a Host the service does not answer to, before anything else', async () => {
    const rebound = await service.app.inject({ method: 'GET', url: `/api/maps/${SEED_MAP}/graph`, headers: { host: 'attacker.example.com' } });
    expect([rebound.statusCode, rebound.json().error]).toEqual([421, 'unknown_host']);
    const listed = await buildApp({ db: service.db, allowedHosts: ['atlas.example.org'] });
    expect((await listed.inject({ method: 'GET', url: '/api/maps', headers: { host: 'atlas.example.org' } })).statusCode).toBe(200);
    expect((await listed.inject({ method: 'GET', url: '/api/maps', headers: { host: 'localhost' } })).statusCode).toBe(421);
    await listed.close();
  });
});

describe('security headers', () => {
  it('set a CSP without inline script, frame-ancestors none and nosniff on every answer', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/api/maps' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('limit requests per caller with 429 and Retry-After', async () => {
    const strict = await buildApp({ db: service.db, limits: { requestsPerMinute: 5 } });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await strict.inject({ method: 'GET', url: '/api/analysis/detectors' }));
    expect(answers.slice(0, 5).every((a) => a.statusCode === 200)).toBe(true);
    expect([answers[5].statusCode, answers[5].json().error]).toEqual([429, 'rate_limited']);
    expect(Number(answers[5].headers['retry-after'])).toBeGreaterThan(0);
    await strict.close();
  });
});

