import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { readSeed } from '../../seed/dataset.ts';
import { SEED_MAP, SEED_MAPS, seedMap } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
const { db } = service;
const seed = readSeed();
const dataset = seedMap(seed, SEED_MAPS[0].id);
const inMap = `/api/maps/${SEED_MAP}`;
const alliance = dataset.nodes.find((n) => n.label === 'Alliance' && /Battersea/.test(n.name))!;

describe('graph-service API', () => {
  it('GET /api/health checks Neo4j and reports the counts of every map together', async () => {
    const res = await service.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    const maps = SEED_MAPS.map((map) => seedMap(seed, map.id));
    const total = (count: (d: typeof dataset) => number) => maps.reduce((sum, d) => sum + count(d), 0);
    expect(res.json()).toEqual({ status: 'ok', neo4j: { nodes: total((d) => d.nodes.length), ties: total((d) => d.ties.length) } });
  });

  it('GET /api/maps/:map/graph returns the map\'s whole graph in graphology serialised JSON', async () => {
    const res = await service.app.inject(`${inMap}/graph`);
    expect(res.statusCode).toBe(200);
    const graph = Graph.from(res.json());
    expect(graph.order).toBe(dataset.nodes.length);
    expect(graph.size).toBe(dataset.ties.length);
    expect(graph.getNodeAttributes(alliance.id)).toMatchObject({ name: alliance.name, label: alliance.name, nodeType: 'Alliance' });
    const someTie = graph.edges()[0];
    expect(graph.getEdgeAttribute(someTie, 'tieType')).toMatch(/^[A-Z_]+$/);
    expect(JSON.stringify(res.json())).not.toContain('seedHash');
    expect(JSON.stringify(res.json())).not.toContain(`"map":`);
  });

  it('GET /api/maps/:map/graph?alliance= keeps the alliance, its members and their direct ties', async () => {
    const res = await service.app.inject(`${inMap}/graph?alliance=${alliance.id}`);
    expect(res.statusCode).toBe(200);
    const graph = Graph.from(res.json());
    const members = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.to === alliance.id).map((t) => t.from);
    for (const member of members) expect(graph.hasNode(member)).toBe(true);
    expect(graph.order).toBeLessThan(dataset.nodes.length);
    const outsider = dataset.nodes.find((n) => n.label === 'Organisation' && !members.includes(n.id) && !graph.hasNode(n.id));
    expect(outsider).toBeDefined();
  });

  it('GET /api/maps/:map/graph?area= keeps what is located in the area', async () => {
    const located = dataset.ties.find((t) => t.type === 'LOCATED_IN')!;
    const res = await service.app.inject(`${inMap}/graph?area=${located.to}`);
    expect(res.statusCode).toBe(200);
    expect(Graph.from(res.json()).hasNode(located.from)).toBe(true);
  });

  it('answers 404 for an unknown alliance and 400 for a malformed filter', async () => {
    expect((await service.app.inject(`${inMap}/graph?alliance=alliance-nowhere`)).statusCode).toBe(404);
    const bad = await service.app.inject(`${inMap}/graph?alliance=%27%20OR%201%3D1`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toContain('alliance');
    expect((await service.app.inject(`${inMap}/graph?colour=red`)).statusCode).toBe(400);
  });

  it('GET /api/maps/:map/nodes/:id gives the node and its ties with provenance', async () => {
    const res = await service.app.inject(`${inMap}/nodes/${alliance.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.node).toMatchObject({ id: alliance.id, name: alliance.name, nodeType: 'Alliance' });
    const funding = body.ties.find((t: { tieType: string }) => t.tieType === 'FUNDS');
    expect(funding).toMatchObject({ direction: 'in', properties: { amount: 25000, currency: 'GBP' } });
    expect(funding.properties.source).toMatch(/\.txt/);
    expect(body.ties.filter((t: { tieType: string }) => t.tieType === 'MEMBER_OF').length).toBeGreaterThanOrEqual(5);
  });

  it('GET /api/maps/:map/nodes/:id answers 404 with a message for an unknown id', async () => {
    const res = await service.app.inject(`${inMap}/nodes/org-does-not-exist`);
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('org-does-not-exist');
  });

  // The calendar check runs after the map is found, so it needs the store (the unit tests check the shape).
  it('refuses an "as of" day that is not on the calendar, as the model\'s date type does', async () => {
    for (const url of [`${inMap}/analysis/gaps?asOf=2021-02-31`, `${inMap}/analysis/health?asOf=2021-11-31`]) {
      const res = await service.app.inject(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields, url).toEqual([expect.objectContaining({ field: '/asOf', code: 'bad_date' })]);
    }
  });

  it('does not leak internals in a 500', async () => {
    const broken = await buildApp({ db: { ...db, database: 'no-such-database' } });
    const res = await broken.inject('/api/health');
    await broken.close();
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/Neo4jError|no-such-database|at .*\.ts/);
    expect(res.json().message).toMatch(/Try again/);
  });
});
