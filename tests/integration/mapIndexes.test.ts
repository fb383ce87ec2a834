/**
 * Every query the main reads (and the writes) send finds its start points through an index on the
 * map: each is run through the real app with a driver that notes the Cypher it is given, then
 * EXPLAINed on the real Neo4j. A plan that scans a label (all Entities, or all of one kind) or a
 * whole index fails, so a map filtered after the fact cannot slip in. The health figures count
 * the whole store on purpose and are not inside a map, so they are not asked here.
 */
import type { FastifyInstance } from 'fastify';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { MAP_LABEL } from '../../graph-service/src/repositories/schemaRepository.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';

interface Sent { query: string; parameters: Record<string, unknown> }
interface PlanStep { operatorType: string; arguments: Record<string, unknown>; children: PlanStep[] }

const db = testDatabase();
let sent: Sent[] = [];
let app: FastifyInstance;

function noting(tx: ManagedTransaction): ManagedTransaction {
  return new Proxy(tx, {
    get: (target, key) => (key === 'run'
      ? (query: string, parameters: Record<string, unknown> = {}) => { sent.push({ query, parameters }); return target.run(query, parameters); }
      : Reflect.get(target, key, target)),
  });
}

/** The driver, noting each query the repositories send through executeQuery or a transaction. */
function notingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, key) {
      if (key === 'executeQuery') {
        return (query: string, parameters: Record<string, unknown> = {}, config?: object) => { sent.push({ query, parameters }); return target.executeQuery(query, parameters, config); };
      }
      if (key === 'session') {
        return (config?: object) => new Proxy(target.session(config), {
          get(session: Session, name) {
            if (name === 'executeRead' || name === 'executeWrite') {
              return <T>(work: (tx: ManagedTransaction) => Promise<T>) => session[name]((tx) => work(noting(tx)));
            }
            const value = Reflect.get(session, name, session);
            return typeof value === 'function' ? value.bind(session) : value;
          },
        });
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

beforeAll(async () => {
  await resetAndSeed(db);
  // The indexes were sampled while the store was empty; a long-lived store has fresh samples. Without
  // this the planner may scan a tiny (map, id) index instead of seeking in it, as it would not on real data.
  for (const statement of ['CALL db.resampleOutdatedIndexes()', 'CALL db.awaitIndexes(60)', 'CALL db.clearQueryCaches()']) {
    await db.driver.executeQuery(statement, {}, { database: db.database });
  }
  app = await buildApp({ db: { ...db, driver: notingDriver(db.driver) } });
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

const SCANS = /LabelScan|AllNodesScan|NodeIndexScan|RelationshipTypeScan|RelationshipIndexScan/;
const SEEKS = /IndexSeek|ProcedureCall/;

function steps(plan: PlanStep): PlanStep[] {
  return [plan, ...plan.children.flatMap(steps)];
}

/** The plan of each query sent while `request` ran, as "Operator(details)" lines. */
async function plansOf(request: () => Promise<{ statusCode: number; body: string }>, status: number): Promise<{ query: string; plan: string[] }[]> {
  sent = [];
  const response = await request();
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  const plans = [];
  for (const { query, parameters } of sent) {
    // The map hook's own lookup is by the Map id constraint; it is checked like the rest.
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${query}`, parameters, { database: db.database });
    const plan = steps(summary.plan as unknown as PlanStep).map((s) => `${s.operatorType.replace(/@.*/, '')}(${String(s.arguments.Details ?? '')})`);
    plans.push({ query, plan });
  }
  return plans;
}

function expectIndexed(route: string, plans: { query: string; plan: string[] }[]): void {
  expect(plans.length, route).toBeGreaterThan(1);
  for (const { query, plan } of plans) {
    const where = `${route}\n${query}\n${plan.join('\n')}`;
    expect(plan.filter((s) => SCANS.test(s)), where).toEqual([]);
    // A query that only creates (a new node) has nothing to find.
    if (/\bMATCH\b/.test(query)) expect(plan.some((s) => SEEKS.test(s)), where).toBe(true);
  }
}

const inMap = `/api/maps/${SEED_MAP}`;
const READS = [
  'graph', 'graph?alliance=alliance-battersea', 'graph?area=area-london', 'nodes/org-providence-house', 'nodes/org-no-such-node',
  'search?q=Providence', 'stats', 'nodes/org-providence-house/neighbourhood?depth=2', 'paths?from=org-providence-house&to=org-caius-house',
  'themes/theme-faith', 'subgraph', 'subgraph?theme=theme-faith&neighbours=true', 'subgraph?area=area-london&alliance=alliance-battersea&tier=core&asOf=2022', 'graph?asOf=2021-10', 'stats?asOf=2021', 'nodes/org-providence-house?asOf=2021-10-08', 'search?q=Providence&asOf=2022',
  `ties/${encodeURIComponent('MEMBER_OF:org-providence-house->alliance-battersea')}`,
];

describe('queries inside a map', () => {
  it('start from an index on the map for every main read', async () => {
    for (const url of READS) {
      const status = url.includes('no-such-node') ? 404 : 200;
      expectIndexed(url, await plansOf(() => app.inject(`${inMap}/${url}`), status));
    }
  });

  it('start from an index on the map for the writes', async () => {
    const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => () => app.inject({ method, url: `${inMap}/${url}`, payload });
    const version = async (id: string) => JSON.parse((await app.inject(`${inMap}/nodes/${id}`)).body).node.version as number;
    expectIndexed('POST nodes', await plansOf(send('POST', 'nodes', { nodeType: 'Organisation', name: 'Index Test Group', source: 'index test' }), 201));
    expectIndexed('PATCH nodes/:id', await plansOf(send('PATCH', 'nodes/org-index-test-group', { version: 1, changes: { description: 'x' } }), 200));
    expectIndexed('POST ties', await plansOf(send('POST', 'ties', { tieType: 'FUNDS', from: 'org-index-test-group', to: 'org-caius-house', source: 'index test' }), 201));
    expectIndexed('PATCH ties/:id', await plansOf(send('PATCH', `ties/${encodeURIComponent('FUNDS:org-index-test-group->org-caius-house')}`, { version: 1, changes: { until: '2030' } }), 200));
    expectIndexed('POST organisations/merge', await plansOf(send('POST', 'organisations/merge', {
      survivor: { id: 'org-caius-house', version: await version('org-caius-house') }, merged: { id: 'org-index-test-group', version: await version('org-index-test-group') },
    }), 200));
    expectIndexed('GET a merged-away id', await plansOf(send('GET', 'nodes/org-index-test-group'), 404));
    expectIndexed('DELETE nodes/:id', await plansOf(send('DELETE', `nodes/org-caius-house?version=${await version('org-caius-house')}`), 200));
  });

  it('start from an index on the map for the history: reads, a confirmation and a revert', async () => {
    const post = (url: string) => () => app.inject({ method: 'POST', url: `${inMap}/${url}` });
    expectIndexed('GET history', await plansOf(() => app.inject(`${inMap}/history?limit=5`), 200));
    expectIndexed('POST nodes/:id/confirm', await plansOf(post('nodes/org-providence-house/confirm'), 200));
    expectIndexed('POST ties/:id/confirm', await plansOf(post(`ties/${encodeURIComponent('MEMBER_OF:org-providence-house->alliance-battersea')}/confirm`), 200));
    expectIndexed('GET nodes/:id/history', await plansOf(() => app.inject(`${inMap}/nodes/org-providence-house/history`), 200));
    const [latest] = JSON.parse((await app.inject(`${inMap}/nodes/org-providence-house/history`)).body).changes;
    expectIndexed('POST changes/:id/revert', await plansOf(post(`changes/${latest.id}/revert`), 200));
  });

  it('and the search across maps looks its maps up by id', async () => {
    const plans = await plansOf(() => app.inject('/api/search?q=Providence'), 200);
    expect(plans.map((p) => p.query).join('\n')).toContain(`(m:${MAP_LABEL} {id: node.map})`);
    for (const { query, plan } of plans) expect(plan.filter((s) => SCANS.test(s)), `${query}\n${plan.join('\n')}`).toEqual([]);
  });
});
