/**
 * The seed respects users, on the run's Neo4j: what a user deleted stays deleted, what a user
 * changed stays changed, a merge of two seeded organisations is understood (run after run), a
 * database holding others' data gets nothing without --force, and a restore followed by a seed
 * keeps the user's edit.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readPortableBackup, restorePortableBackup, writePortableBackup } from '../../graph-service/src/backup/portable.ts';
import { tieId } from '../../graph-service/src/model/rules/index.ts';
import { readSeed, seedMap, type Seed } from '../../seed/dataset.ts';
import { loadSeed, seedIfEmpty, seedStore, type SeedOutcome } from '../../seed/loader.ts';
import { SEED_MAP } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const rig = serviceForThisFile({ reseed: 'each' });
const run = async (cypher: string, params: Record<string, unknown> = {}) => (await rig.db.driver.executeQuery(cypher, params, { database: rig.db.database })).records;
const nodeOf = async (id: string) => (await run('MATCH (n:Entity {map: $map, id: $id}) RETURN properties(n) AS p', { map: SEED_MAP, id }))[0]?.get('p');
const force = async (seed: Seed = readSeed()) => (await seedStore(rig.db.driver, rig.db.database, seed, { force: true })) as SeedOutcome;
const reportOf = (outcome: SeedOutcome) => outcome.reports.find((r) => r.map === SEED_MAP)!;
const send = async (method: 'PATCH' | 'DELETE' | 'POST', url: string, payload?: object) => {
  const res = await rig.app.inject({ method, url: `/api/maps/${SEED_MAP}/${url}`, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
};
/** The seed with one node's description changed, as a later version of the documents would. */
function seedChanging(ids: string[], description: string): Seed {
  const seed = readSeed();
  for (const map of seed.maps) map.nodes = map.nodes.map((n) => (ids.includes(n.id) ? { ...n, description } : n));
  return seed;
}
const [EDITED, UNTOUCHED, DELETED] = seedMap(readSeed(), SEED_MAP).nodes.filter((n) => n.label === 'Organisation').map((n) => n.id);
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a seed that respects users', () => {
  it('never brings back a node or tie a user deleted, even forced, and says so', async () => {
    const ties = (await run('MATCH (:Entity {map: $map, id: $id})-[r]-() RETURN r.id AS id', { map: SEED_MAP, id: DELETED })).map((r) => r.get('id'));
    expect(ties.length).toBeGreaterThan(0);
    await send('DELETE', `nodes/${DELETED}?version=1`);
    const outcome = await force();
    expect(await nodeOf(DELETED)).toBeUndefined();
    expect(outcome.nodesWritten + outcome.tiesWritten).toBe(0);
    expect(reportOf(outcome).notRestored).toEqual(expect.arrayContaining([DELETED, ...ties]));
    const [back] = await run('MATCH ()-[r {map: $map}]-() WHERE r.id IN $ties RETURN count(r) AS n', { map: SEED_MAP, ties });
    expect(back.get('n').toNumber()).toBe(0);
  });

  it('keeps what a user changed when the seed changes it too, and updates what only the seed wrote', async () => {
    const before = await nodeOf(EDITED);
    await send('PATCH', `nodes/${EDITED}`, { version: before.version.toNumber(), changes: { description: 'Written by a user' } });
    const outcome = await force(seedChanging([EDITED, UNTOUCHED], 'A later version of the documents'));
    expect((await nodeOf(EDITED)).description).toBe('Written by a user');
    expect((await nodeOf(UNTOUCHED)).description).toBe('A later version of the documents');
    expect(reportOf(outcome).kept).toContain(EDITED);
    expect(outcome.nodesWritten).toBeGreaterThanOrEqual(1);
    // Once the seed has rewritten a record, it owns it still; a second run sets nothing.
    const again = await force(seedChanging([EDITED, UNTOUCHED], 'A later version of the documents'));
    expect([again.nodesWritten, again.propertiesSet]).toEqual([0, 0]);
  });

  it('survives two seeded organisations merged: run after run, the merged-away id is understood', async () => {
    const [survivor, merged] = ['org-providence-house', 'org-caius-house'];
    await send('POST', 'organisations/merge', { survivor: { id: survivor, version: 1 }, merged: { id: merged, version: 1 } });
    const seed = readSeed();
    const battersea = seedMap(seed, SEED_MAP);
    const tied = new Set(battersea.ties.flatMap((t) => (t.from === merged ? [t.to] : t.to === merged ? [t.from] : [])));
    const other = battersea.nodes.find((n) => n.label === 'Organisation' && ![survivor, merged].includes(n.id) && !tied.has(n.id))!;
    // A later seed ties the merged-away organisation to another: the tie goes to the survivor.
    const added = { id: tieId('CONNECTED_WITH', merged, other.id), type: 'CONNECTED_WITH' as const, from: merged, to: other.id, source: battersea.ties[0].source, since: '2020', dateBasis: 'test' };
    battersea.ties.push(added);
    const first = await force(seed);
    const second = await force(seed);
    expect(await nodeOf(merged)).toBeUndefined();
    expect(reportOf(first).notRestored).toContain(merged);
    expect(reportOf(first).redrawn).toEqual([added.id]);
    expect(second.tiesWritten + second.nodesWritten).toBe(0);
    const [tie] = await run('MATCH (a:Entity {map: $map})-[r:CONNECTED_WITH {map: $map, id: $id}]->(b) RETURN a.id AS from, b.id AS to', { map: SEED_MAP, id: added.id });
    expect([tie.get('from'), tie.get('to')]).toEqual([survivor, other.id]);
  });

  it('leaves a map that holds data alone unless forced, and seeds a map a user deleted only when named and forced', async () => {
    const plain = await seedStore(rig.db.driver, rig.db.database, readSeed());
    expect('refused' in plain).toBe(false);
    expect((plain as SeedOutcome).skipped.map((s) => s.map).sort()).toEqual(readSeed().maps.map((m) => m.id).sort());
    expect((await rig.app.inject({ method: 'DELETE', url: `/api/maps/${SEED_MAP}?version=1` })).statusCode).toBe(200);
    const deleted = (await seedStore(rig.db.driver, rig.db.database, readSeed(), { force: true })) as SeedOutcome;
    expect(deleted.skipped.find((s) => s.map === SEED_MAP)?.reason).toMatch(/deleted, so it stays deleted/);
    expect(await nodeOf(UNTOUCHED)).toBeUndefined();
    const named = (await seedStore(rig.db.driver, rig.db.database, readSeed(), { force: true, maps: [SEED_MAP] })) as SeedOutcome;
    expect(named.mapsWritten).toBe(1);
    expect(await nodeOf(UNTOUCHED)).toBeDefined();
  });

  it('keeps the user\'s edit through a restore followed by a seed', async () => {
    const before = await nodeOf(EDITED);
    await send('PATCH', `nodes/${EDITED}`, { version: before.version.toNumber(), changes: { name: 'Renamed by a user' } });
    const file = path.join(dir, 'before-restore.atlas-backup.jsonl.gz');
    await writePortableBackup(rig.db, file);
    await run('MATCH (n) DETACH DELETE n');
    await restorePortableBackup(rig.db, await readPortableBackup(file));
    const plain = (await seedStore(rig.db.driver, rig.db.database, readSeed())) as SeedOutcome;
    expect(plain.nodesWritten + plain.tiesWritten + plain.mapsWritten).toBe(0);
    await force(seedChanging([EDITED], 'The seed changed too'));
    const after = await nodeOf(EDITED);
    expect(after.name).toBe('Renamed by a user');
    expect(after.description).not.toBe('The seed changed too');
  });
});

describe('a database that holds others\' data', () => {
  const neo4j = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  const seedCli = async (args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };

  it('gets nothing from npm start or npm run seed, with a message that says why, and the demo beside it with --force', async () => {
    await run('MATCH (n) DETACH DELETE n');
    await run("CREATE (:Customer {name: 'Someone else'})-[:BOUGHT]->(:Product {name: 'Their data'})");
    const lines: string[] = [];
    await seedIfEmpty(rig.db.driver, rig.db.database, readSeed(), (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/2 node\(s\) that are not Alliance Atlas's \(labels Customer, Product\): nothing was seeded/);
    const refused = await seedCli([]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not Alliance Atlas's.*npm run seed -- --force/s);
    const [count] = await run('MATCH (n) RETURN count(n) AS n');
    expect(count.get('n').toNumber()).toBe(2);
    const forced = await seedCli(['--force']);
    expect(forced.code, forced.stderr).toBe(0);
    const [maps] = await run('MATCH (m:Map) WITH count(m) AS maps MATCH (c:Customer) RETURN maps, count(c) AS customers');
    expect([maps.get('maps').toNumber(), maps.get('customers').toNumber()]).toEqual([readSeed().maps.length, 1]);
    await loadSeed(rig.db.driver, rig.db.database, readSeed());
  });
});
