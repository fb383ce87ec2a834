/**
 * Cypher for one person's data on request: everything the map holds about them (export), and its
 * erasure in one transaction. History entries are the `:Change` records (shape in the history
 * work): those about the person or their ties are found by the (map, targetId), (map, fromId) and
 * (map, toId) indexes. Ids are made from names (`person-jane-doe`, tie ids from their ends), so an
 * erasure replaces them in history with one opaque mark, besides clearing before and after.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '../db/transactions.ts';
import { plainProperties } from '../db/values.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from '../access.ts';
import { contactIn, type StoredContact } from './contactRepository.ts';
import { recordChanges } from './historyRepository.ts';
import { CHANGE_LABEL, CONTACT_LABEL } from './schemaRepository.ts';


export interface PersonData {
  person: Record<string, unknown>;
  ties: { tieType: string; direction: 'out' | 'in'; other: { id: string; name: string; nodeType: string }; properties: Record<string, unknown> }[];
  contact: StoredContact | null;
  history: Record<string, unknown>[];
}

const notFound = (id: string) => new NotFoundError(`No person in this map has the id "${id}".`);

/** History entries about the person or one of their ties (by the person's id and their ties' ids). */
const HISTORY_OF = `
  CALL (map, ids) {
    UNWIND ids AS id MATCH (c:${CHANGE_LABEL} {map: map, targetId: id}) RETURN c
    UNION
    MATCH (c:${CHANGE_LABEL} {map: map, fromId: ids[0]}) RETURN c
    UNION
    MATCH (c:${CHANGE_LABEL} {map: map, toId: ids[0]}) RETURN c
  }`;

async function personIn(tx: ManagedTransaction, map: string, id: string, lock: boolean) {
  const { records } = await tx.run(
    `MATCH (p:Person {map: $map, id: $id}) ${lock ? 'SET p.__lock = true WITH p' : ''}
     OPTIONAL MATCH (p)-[r]-(o)
     RETURN properties(p) AS person, collect(CASE WHEN r IS NULL THEN NULL ELSE {tieType: type(r), out: startNode(r) = p, id: r.id,
       other: {id: o.id, name: o.name, nodeType: [l IN labels(o) WHERE l <> 'Entity'][0]}, properties: properties(r)} END) AS ties`,
    { map, id },
  );
  if (records.length === 0) throw notFound(id);
  return { person: records[0].get('person') as Record<string, unknown>, ties: records[0].get('ties') as { tieType: string; out: boolean; id: string; other: PersonData['ties'][number]['other']; properties: Record<string, unknown> }[] };
}

export class PersonDataRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  async export(map: string, id: string): Promise<PersonData> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(async (tx) => {
        const { person, ties } = await personIn(tx, map, id, false);
        const history = await tx.run(`WITH $map AS map, $ids AS ids ${HISTORY_OF} RETURN properties(c) AS c ORDER BY c.at, c.id`, { map, ids: [id, ...ties.map((t) => t.id)] });
        const { __lock: _, ...own } = plainProperties(person);
        return {
          person: own,
          ties: ties.map((t) => ({ tieType: t.tieType, direction: t.out ? 'out' : 'in', other: t.other, properties: plainProperties(t.properties) })),
          contact: await contactIn(tx, map, id),
          history: history.records.map((r) => plainProperties(r.get('c'))),
        };
      });
    } finally {
      await session.close();
    }
  }

  /**
   * Removes the person, their ties and contact details; clears the personal values of their history
   * entries (before, after, and the ids that carry their name); and records one `erase` change
   * that says a record was erased, without naming it. All in one transaction.
   */
  async erase(map: string, id: string, actor: Actor, now = new Date().toISOString()): Promise<{ ties: number; contact: boolean; historyEntries: number; changeId: string }> {
    return writeTransaction(this.driver, this.database, async (tx) => {
      const { ties } = await personIn(tx, map, id, true);
      const mark = `erased-${randomUUID()}`;
      const ids = [id, ...ties.map((t) => t.id)];
      const cleared = await tx.run(
        `WITH $map AS map, $ids AS ids ${HISTORY_OF}
         WITH DISTINCT c
         SET c.before = null, c.after = null, c.erased = true,
             c.targetId = CASE WHEN c.targetId IN $ids THEN $mark ELSE c.targetId END,
             c.fromId = CASE WHEN c.fromId = $id THEN $mark ELSE c.fromId END,
             c.toId = CASE WHEN c.toId = $id THEN $mark ELSE c.toId END
         RETURN count(c) AS n`,
        { map, ids, id, mark },
      );
      await tx.run('MATCH (p:Person {map: $map, id: $id}) DETACH DELETE p', { map, id });
      const contact = await tx.run(`MATCH (c:${CONTACT_LABEL} {map: $map, personId: $id}) DELETE c RETURN count(*) AS n`, { map, id });
      // The erasure's own entry says a record was erased, never whose: its target is the opaque mark.
      const [{ id: changeId }] = await recordChanges(tx, map, actor, [{
        action: 'erase', targetKind: 'node', targetId: mark, nodeType: 'Person',
        before: null, after: { note: `A person's record and its ${ties.length} ties were erased on request.` },
      }], now);
      await tx.run(`MATCH (c:${CHANGE_LABEL} {map: $map, id: $changeId}) SET c.erased = true`, { map, changeId });
      return { ties: ties.length, contact: contact.records[0].get('n').toNumber() > 0, historyEntries: cleared.records[0].get('n').toNumber(), changeId };
    });
  }
}
