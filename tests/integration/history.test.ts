/**
 * The history on the real Neo4j: every write records its change in its own transaction (a refused
 * write records nothing), a node's history, reverts of each kind of change, refusal when later
 * changes depend on one, an import reverted as a whole, and "still true" confirmations.
 */
import { describe, expect, it } from 'vitest';
import { SEED_MAP } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const inMap = `/api/maps/${SEED_MAP}`;
const service = serviceForThisFile({ reseed: 'each' });
const { db } = service;

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON
type Json = Record<string, any>;

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const response = await service.app.inject({ method, url, payload: payload as Json });
  return { status: response.statusCode, body: response.body ? (response.json() as Json) : {} };
}

async function changeCount(): Promise<number> {
  const { records } = await db.driver.executeQuery('MATCH (c:Change) RETURN count(c) AS n', {}, { database: db.database });
  return records[0].get('n').toNumber();
}

const node = async (id: string) => (await call('GET', `${inMap}/nodes/${id}`)).body;
const history = async (id: string) => (await call('GET', `${inMap}/nodes/${id}/history`)).body.changes as Json[];
const newOrg = (name: string) => ({ nodeType: 'Organisation', name, source: 'test: history' });

/** Every node and tie of the map, as text, to show a revert put everything back. */
async function mapState(): Promise<string> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n:Entity {map: $map}) OPTIONAL MATCH (n)-[r]->(m) WITH n, r, m ORDER BY n.id, type(r), m.id
     RETURN n.id AS id, [n.name, n.description, n.source, n.aliases, n.lastConfirmed, labels(n)] AS props, collect([type(r), m.id, r.id, r.source, r.since, r.until]) AS ties ORDER BY id`,
    { map: SEED_MAP }, { database: db.database },
  );
  return JSON.stringify(records.map((r) => [r.get('id'), r.get('props'), r.get('ties')]));
}

describe('recording', () => {
  it('records each write with who, when, what, before and after; a refused write records nothing', async () => {
    const before = await changeCount();
    const { version } = (await node('org-providence-house')).node;
    expect((await call('PATCH', `${inMap}/nodes/org-providence-house`, { version: version + 5, changes: { description: 'stale' } })).status).toBe(409);
    expect((await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: 'org-providence-house', to: 'org-no-such', source: 's' })).status).toBe(404);
    expect((await call('POST', `${inMap}/nodes`, { ...newOrg('X'), since: '2020', until: '2019' })).status).toBe(400);
    expect(await changeCount()).toBe(before);

    const updated = await call('PATCH', `${inMap}/nodes/org-providence-house`, { version, changes: { description: 'Youth club and food bank' } });
    expect(updated.status).toBe(200);
    expect(await changeCount()).toBe(before + 1);
    const [latest] = await history('org-providence-house');
    expect(latest).toMatchObject({ action: 'update', actorName: 'Local user', targetKind: 'node', targetId: 'org-providence-house', targetName: 'Providence House', nodeType: 'Organisation', after: { description: 'Youth club and food bank' } });
    expect(Object.keys(latest.before)).toEqual(['description']);
    expect(Date.parse(latest.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("shows a tie's changes in both ends' histories, naming the other end", async () => {
    const tie = await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: 'org-providence-house', to: 'org-caius-house', source: 'test: history' });
    expect(tie.status).toBe(201);
    for (const id of ['org-providence-house', 'org-caius-house']) {
      expect((await history(id))[0]).toMatchObject({ action: 'create', targetKind: 'tie', targetId: tie.body.id, fromName: 'Providence House', toName: 'Caius House', tieType: 'FUNDS' });
    }
    const map = await call('GET', `${inMap}/history?limit=1`);
    expect(map.body.changes).toHaveLength(1);
    expect(map.body.changes[0].targetId).toBe(tie.body.id);
  });
});

describe('reverting one change', () => {
  it('puts an update back, as a new change, and refuses to do it twice', async () => {
    const { version, description } = (await node('org-providence-house')).node;
    await call('PATCH', `${inMap}/nodes/org-providence-house`, { version, changes: { description: 'Changed' } });
    const [change] = await history('org-providence-house');
    const reverted = await call('POST', `${inMap}/changes/${change.id}/revert`);
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body).toMatchObject({ action: 'revert', revertOf: change.id, before: { description: 'Changed' } });
    expect((await node('org-providence-house')).node).toMatchObject({ description, version: version + 2 });
    const [revert, original] = await history('org-providence-house');
    expect(revert.id).toBe(reverted.body.id);
    expect(original.revertedBy).toBe(revert.id);
    expect((await call('POST', `${inMap}/changes/${change.id}/revert`)).status).toBe(409);
    expect((await call('POST', `${inMap}/changes/${revert.id}/revert`)).status).toBe(409);
    expect((await call('POST', `${inMap}/changes/no-such-change/revert`)).status).toBe(404);
  });

  it('refuses to revert a create when the node was edited since, naming the later change', async () => {
    const created = (await call('POST', `${inMap}/nodes`, newOrg('History Test Group'))).body;
    const [create] = await history(created.id);
    await call('PATCH', `${inMap}/nodes/${created.id}`, { version: 1, changes: { description: 'Later' } });
    const refused = await call('POST', `${inMap}/changes/${create.id}/revert`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('later_changes');
    expect(refused.body.message).toMatch(/Local user changed History Test Group on \d+ \w{3} \d{4}, \d\d:\d\d UTC \(description\)/);
    expect(refused.body.later).toHaveLength(1);
    expect((await node(created.id)).node.description).toBe('Later');

    // Undo the later edit first, then the create goes through.
    const [edit] = await history(created.id);
    expect((await call('POST', `${inMap}/changes/${edit.id}/revert`)).status).toBe(200);
    expect((await call('POST', `${inMap}/changes/${create.id}/revert`)).status).toBe(200);
    expect((await call('GET', `${inMap}/nodes/${created.id}`)).status).toBe(404);
  });

  it('refuses when the record no longer matches the change (a write that bypassed the history)', async () => {
    const { version } = (await node('org-caius-house')).node;
    await call('PATCH', `${inMap}/nodes/org-caius-house`, { version, changes: { description: 'Recorded' } });
    await db.driver.executeQuery("MATCH (n:Entity {map: $map, id: 'org-caius-house'}) SET n.description = 'Unrecorded'", { map: SEED_MAP }, { database: db.database });
    const [change] = await history('org-caius-house');
    const refused = await call('POST', `${inMap}/changes/${change.id}/revert`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('conflict');
    expect(refused.body.message).toMatch(/no longer as this change left it: description is now “Unrecorded”/);
  });

  it('brings a deleted node back with its ties, and a deleted tie back', async () => {
    const before = await mapState();
    const { node: caius, ties } = await node('org-caius-house');
    expect(ties.length).toBeGreaterThan(0);
    expect((await call('DELETE', `${inMap}/nodes/org-caius-house?version=${caius.version}`)).status).toBe(200);
    const deletion = (await call('GET', `${inMap}/history?limit=500`)).body.changes.find((c: Json) => c.action === 'delete' && c.targetKind === 'node');
    const other = ties[0].other?.id ?? (ties[0].from === 'org-caius-house' ? ties[0].to : ties[0].from);
    expect((await history(other)).some((c) => c.action === 'delete' && c.targetKind === 'tie' && c.partOf === deletion.id)).toBe(true);
    expect((await call('POST', `${inMap}/changes/${deletion.id}/revert`)).status).toBe(200);
    expect(await mapState()).toBe(before);
    expect((await history(other)).find((c) => c.partOf === deletion.id)?.revertedBy).toBeDefined();

    const tieId = 'MEMBER_OF:org-providence-house->alliance-battersea';
    const tie = (await call('GET', `${inMap}/ties/${encodeURIComponent(tieId)}`)).body;
    expect((await call('DELETE', `${inMap}/ties/${encodeURIComponent(tieId)}?version=${tie.version}`)).status).toBe(200);
    const [tieDeletion] = await history('alliance-battersea');
    expect((await call('POST', `${inMap}/changes/${tieDeletion.id}/revert`)).status).toBe(200);
    expect(await mapState()).toBe(before);
  });

  it('undoes a merge: both organisations and every tie as they were', async () => {
    const before = await mapState();
    const survivor = (await node('org-providence-house')).node;
    const merged = (await node('org-caius-house')).node;
    const merge = await call('POST', `${inMap}/organisations/merge`, { survivor: { id: survivor.id, version: survivor.version }, merged: { id: merged.id, version: merged.version } });
    expect(merge.status).toBe(200);
    const [change] = await history('org-providence-house');
    expect(change).toMatchObject({ action: 'merge', fromId: 'org-caius-house', toId: 'org-providence-house' });
    expect((await history('org-caius-house'))[0].id).toBe(change.id);
    const reverted = await call('POST', `${inMap}/changes/${change.id}/revert`);
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(await mapState()).toBe(before);
  });
});

describe('an import', () => {
  const files = (elements: string) => ({ files: [{ name: 'elements.csv', data: Buffer.from(elements).toString('base64') }] });
  const sheet = 'id,name,type,description,source\norg-history-import,History Import Group,Organisation,New,test sheet\norg-providence-house,Providence House,Organisation,Imported description,test sheet\n';

  it('records one change per record with its importId, and reverts as a whole', async () => {
    const before = await mapState();
    const commit = await call('POST', `${inMap}/import/files/commit`, files(sheet));
    expect(commit.status, JSON.stringify(commit.body).slice(0, 300)).toBe(200);
    const { importId } = commit.body;
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);
    const changes = (await call('GET', `${inMap}/history`)).body.changes.filter((c: Json) => c.importId === importId);
    expect(changes.map((c: Json) => c.targetId).sort()).toEqual(['org-history-import', 'org-providence-house']);
    const reverted = await call('POST', `${inMap}/imports/${importId}/revert`);
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body).toEqual({ importId, reverted: 2 });
    expect(await mapState()).toBe(before);
    expect((await call('POST', `${inMap}/imports/${importId}/revert`)).status).toBe(409);
    expect((await call('POST', `${inMap}/imports/no-such-import/revert`)).status).toBe(404);
  });

  it('refuses, naming them, when later changes touched its records; a refused import records nothing', async () => {
    const { importId } = (await call('POST', `${inMap}/import/files/commit`, files(sheet))).body;
    const created = (await node('org-history-import')).node;
    await call('PATCH', `${inMap}/nodes/org-history-import`, { version: created.version, changes: { description: 'Edited after' } });
    const refused = await call('POST', `${inMap}/imports/${importId}/revert`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('later_changes');
    expect(refused.body.message).toMatch(/Local user changed History Import Group/);
    expect((await node('org-history-import')).node.description).toBe('Edited after');

    const count = await changeCount();
    const bad = await call('POST', `${inMap}/import/files/commit`, files('id,name,type,source\norg-x,X,NotAType,s\n'));
    expect(bad.status).toBe(422);
    expect(await changeCount()).toBe(count);
  });
});

describe('"still true"', () => {
  it('sets today and the name on a node and a tie, bumps the version and records a confirmation', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { version } = (await node('org-providence-house')).node;
    const confirmed = await call('POST', `${inMap}/nodes/org-providence-house/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ lastConfirmed: today, confirmedBy: 'Local user', version: version + 1 });
    expect((await history('org-providence-house'))[0]).toMatchObject({ action: 'confirm', after: { lastConfirmed: today, confirmedBy: 'Local user' } });

    const tieId = encodeURIComponent('MEMBER_OF:org-providence-house->alliance-battersea');
    const tie = await call('POST', `${inMap}/ties/${tieId}/confirm`);
    expect(tie.status).toBe(200);
    expect(tie.body).toMatchObject({ lastConfirmed: today, confirmedBy: 'Local user' });
    expect((await history('alliance-battersea'))[0]).toMatchObject({ action: 'confirm', targetKind: 'tie' });
    expect((await call('POST', `${inMap}/nodes/org-no-such/confirm`)).status).toBe(404);
  });
});
