/**
 * The portable backup round-trips exactly, on the run's Neo4j: the seed's four maps with a saved
 * layout, records of accounts, memberships, history and contact details, values of every type
 * Atlas writes (integers past 2^53, floats that are whole, NaN, lists, empty text), backed up,
 * changed, restored: the store is what it was, compared canonically. A damaged backup changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFormatError } from '../../graph-service/src/backup/format.ts';
import { readPortableBackup, restorePortableBackup, writePortableBackup } from '../../graph-service/src/backup/portable.ts';
import { backupInto, prune } from '../../graph-service/src/backup/schedule.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';
import { canonicalStore } from '../support/canonicalStore.ts';

const db = testDatabase();
const run = (cypher: string, params: Record<string, unknown> = {}) => db.driver.executeQuery(cypher, params, { database: db.database });
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-backup-'));

beforeAll(async () => {
  await resetAndSeed(db);
  await run(`MATCH (m:Map {id: $map}) SET m.layout = $layout, m.layoutUpdatedAt = '2026-01-01T00:00:00Z'`, { map: SEED_MAP, layout: JSON.stringify({ 'org-providence-house': { x: 1.5, y: -2 } }) });
  await run(`CREATE (:Account {id: 'acc-1', email: 'someone@example.org', name: 'Someone', passwordHash: 'scrypt$x', createdAt: '2026-01-01T00:00:00Z', siteAdmin: true, failedSignIns: 0})
             CREATE (:Membership {map: $map, accountId: 'acc-1', role: 'admin', stewardOf: []})
             CREATE (:Change {map: $map, id: 'ch-1', at: '2026-01-02T00:00:00Z', actorId: 'acc-1', actorName: 'Someone', action: 'update', targetKind: 'node', targetId: 'org-providence-house', before: '{}', after: '{"name":"x"}'})
             CREATE (:Contact {map: $map, personId: 'person-x', email: 'work@example.org', phone: '', updatedAt: '2026-01-03'})
             CREATE (:Session {id: 'sess', accountId: 'acc-1'})`, { map: SEED_MAP });
  await run(`MATCH (n:Entity {map: $map, id: 'org-providence-house'})
             SET n.weightWhole = 2.0, n.big = $big, n.notANumber = $nan, n.ratios = [0.5, 1.0], n.counts = $counts, n.empty = '', n.flags = [true, false]`,
  { map: SEED_MAP, big: neo4j.int('9007199254740993'), nan: Number.NaN, counts: [neo4j.int(1), neo4j.int(2)] });
  await run(`MATCH (:Entity {map: $map})-[r]->(:Entity) WITH r LIMIT 1 SET r.weight = 1.0, r.strength = 3`, { map: SEED_MAP });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

describe('the portable backup', () => {
  it('backs up, and after changes restores the store exactly, sessions ended', async () => {
    const before = await canonicalStore(db);
    const file = path.join(dir, 'round.atlas-backup.jsonl.gz');
    const counts = await writePortableBackup(db, file);
    expect(counts.nodes).toBe(before.filter((l) => l.startsWith('node ')).length);

    await run(`MATCH (n:Entity {map: $map, id: 'org-providence-house'}) SET n.name = 'Changed', n.version = n.version + 1`, { map: SEED_MAP });
    await run(`MATCH (n:Entity {map: $map}) WITH n LIMIT 3 DETACH DELETE n`, { map: SEED_MAP });
    await run(`CREATE (:Entity:Organisation {map: $map, id: 'org-new', name: 'New'})`, { map: SEED_MAP });
    await run(`CREATE (:NotAtlas {kept: true})`);
    expect(await canonicalStore(db, ['Session', 'NotAtlas'])).not.toEqual(before);

    await restorePortableBackup(db, await readPortableBackup(file));
    expect(await canonicalStore(db, ['Session', 'NotAtlas'])).toEqual(before);
    const { records } = await run('MATCH (s:Session) WITH count(s) AS sessions MATCH (x:NotAtlas) RETURN sessions, count(x) AS others');
    expect([records[0].get('sessions').toNumber(), records[0].get('others').toNumber()]).toEqual([0, 1]);
  });

  it('refuses a damaged or cut-off backup, changing nothing', async () => {
    const file = path.join(dir, 'good.atlas-backup.jsonl.gz');
    await writePortableBackup(db, file);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, -5).join('\n')));
    const wrongLabel = path.join(dir, 'label.gz');
    writeFileSync(wrongLabel, gzipSync(lines.map((l, i) => (i === 1 ? l.replace(/"labels":\[[^\]]*\]/, '"labels":["Entity","Bad Label) DETACH DELETE n //"]') : l)).join('\n')));
    const wrongValue = path.join(dir, 'value.gz');
    writeFileSync(wrongValue, gzipSync(lines.map((l, i) => (i === 1 ? l.replace(/"props":\{/, '"props":{"bad":{"$x":1},') : l)).join('\n')));
    const before = await canonicalStore(db);
    await expect(readPortableBackup(cut)).rejects.toThrow(/cut off|end line/);
    await expect(readPortableBackup(wrongLabel)).rejects.toThrow(BackupFormatError);
    await expect(readPortableBackup(wrongValue)).rejects.toThrow(/not a value this format writes/);
    expect(await canonicalStore(db)).toEqual(before);
  });

  it('keeps the newest backups of a schedule in an owner-only folder and leaves other files alone', async () => {
    const folder = path.join(dir, 'scheduled');
    for (let i = 0; i < 4; i++) await backupInto(db, folder, 2, new Date(Date.UTC(2026, 0, 1, i)));
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    const { readdirSync, statSync } = await import('node:fs');
    expect(readdirSync(folder).sort()).toEqual(['atlas-2026-01-01T02-00-00Z.atlas-backup.jsonl.gz', 'atlas-2026-01-01T03-00-00Z.atlas-backup.jsonl.gz', 'notes.txt']);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(folder, 'atlas-2026-01-01T03-00-00Z.atlas-backup.jsonl.gz')).mode & 0o777).toBe(0o600);
    expect(prune(folder, 1)).toEqual(['atlas-2026-01-01T02-00-00Z.atlas-backup.jsonl.gz']);
  });
});
