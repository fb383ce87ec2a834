/**
 * A public caller (no account) sees no personal data: every operation of the OpenAPI document, in
 * every seed map, plus each Person's own node, neighbourhood and name searched for, is scanned for
 * Person ids and names, e-mail addresses and phone numbers. 0 found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { readSeed } from '../../seed/dataset.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';
import { operationsOf, requestFor, type Operation } from '../support/openapiRequests.ts';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let operations: Operation[];
const seed = readSeed();
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const people = seed.maps.flatMap((map) => map.nodes.filter((n) => n.label === 'Person')
  .map((n) => ({ map: map.id, id: n.id, name: n.name, pattern: new RegExp(`("${literal(n.name)}"|(^|,)${literal(n.name)}(,|\r?$)|>${literal(n.name)}<)`, 'm') })));
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(\+44\s?|\b0)(\d[\s-]?){9,10}\b/;

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db, access: 'accounts', limits: { requestsPerMinute: 100_000 } });
  operations = operationsOf((await app.inject({ method: 'GET', url: '/api/docs/json' })).json());
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

/** What in an answer is personal: Person ids and names, e-mail addresses, phone numbers. */
function personalIn(text: string): string[] {
  const found: string[] = [];
  for (const person of people) {
    if (text.includes(person.id)) found.push(`Person id ${person.id}`);
    // A name as a whole value (a JSON string, a CSV cell, an XML text or attribute): many are first
    // names only ("Del"), which other words contain ("Delivery").
    if (person.pattern.test(text)) found.push(`Person name ${person.name}`);
  }
  const email = EMAIL.exec(text);
  if (email) found.push(`e-mail ${email[0]}`);
  const phone = PHONE.exec(text);
  if (phone) found.push(`phone ${phone[0]}`);
  return found;
}

describe('a public caller', () => {
  it('finds 0 personal fields in any operation\'s answer, in any seed map', async () => {
    expect(people.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    let answers = 0;
    /** `asked`: what the caller itself sent (an id, a search), which the answer may say back ("No node has the id …"). */
    const scan = async (what: string, request: { method: string; url: string; payload?: string; headers?: Record<string, string> }, asked?: string) => {
      const response = await app.inject({ method: request.method as 'GET', url: request.url, payload: request.payload, headers: request.headers });
      answers++;
      // The OpenAPI document's own examples are made up (no seed person); the answers are what matter.
      if (request.url.startsWith('/api/docs')) return response;
      const text = asked ? response.body.split(asked).join('') : response.body;
      for (const leak of personalIn(text)) leaks.push(`${what}: ${leak}`);
      return response;
    };
    for (const map of seed.maps) {
      for (const op of operations) await scan(`${op.id} in ${map.id}`, requestFor(op, map.id));
      for (const format of ['json', 'csv', 'gexf', 'graphml']) await scan(`export ${format} in ${map.id}`, { method: 'GET', url: `/api/maps/${map.id}/export/${format}` });
      await scan(`graph of ${map.id}`, { method: 'GET', url: `/api/maps/${map.id}/graph` });
    }
    for (const person of people) {
      expect((await scan(`node ${person.id}`, { method: 'GET', url: `/api/maps/${person.map}/nodes/${person.id}` }, person.id)).statusCode).toBe(404);
      expect((await scan(`neighbourhood of ${person.id}`, { method: 'GET', url: `/api/maps/${person.map}/nodes/${person.id}/neighbourhood` }, person.id)).statusCode).toBe(404);
      const inMap = await scan(`search for ${person.name}`, { method: 'GET', url: `/api/maps/${person.map}/search?${new URLSearchParams({ q: person.name })}` }, person.name);
      expect(inMap.json().results.filter((hit: { nodeType: string }) => hit.nodeType === 'Person')).toEqual([]);
      const everywhere = await scan(`search everywhere for ${person.name}`, { method: 'GET', url: `/api/search?${new URLSearchParams({ q: person.name })}` }, person.name);
      expect(everywhere.json().results.filter((hit: { nodeType: string }) => hit.nodeType === 'Person')).toEqual([]);
    }
    expect(leaks).toEqual([]);
    console.log(`Public personal-data scan: ${answers} answers, ${people.length} people, 0 personal fields`);
  });
});
