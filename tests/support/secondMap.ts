/**
 * A second map beside the seed's Battersea map, for the scoping tests: the same node and tie ids,
 * every name and source marked as the copy's, and one organisation and tie only the copy has. Its
 * id begins with the first map's id, so the full-text clause `map:"battersea-alliance"` (a phrase,
 * since the index splits ids on hyphens) matches the copy too and only the exact WHERE keeps it out.
 */
import type { Database } from '../../graph-service/src/db/connection.ts';
import type { NodeRecord, TieRecord } from '../../graph-service/src/model/model.ts';
import { tieId } from '../../graph-service/src/model/rules/index.ts';
import { ENTITY_LABEL } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../../seed/dataset.ts';
import { loadIntoMap } from '../../seed/loader.ts';
import { SEED_MAPS, seedMap } from './db.ts';

export const FIRST = SEED_MAPS[0];
export const SECOND = { id: `${FIRST.id}-copy`, title: 'Battersea Alliance (copy)', owner: 'Scoping tests' } as const;
/** In every name and source of the copy: an answer in the first map that holds it has read the copy. */
export const MARK = '[copy]';
/** The organisation and tie only the copy has; the organisation's id is the one its name gives. */
export const ONLY_IN_SECOND = { id: 'org-zebra-crossing-trust', name: 'Zebra Crossing Trust', neighbour: 'org-providence-house' } as const;
export const ONLY_IN_SECOND_TIE = tieId('CONNECTED_WITH', ONLY_IN_SECOND.neighbour, ONLY_IN_SECOND.id);

export const firstDataset = () => seedMap(readSeed(), FIRST.id);

/** Loads the copy: the first map's seed part, marked, plus the organisation and tie only it has. */
export async function loadSecondMap(db: Database): Promise<void> {
  const first = firstDataset();
  const nodes: NodeRecord[] = first.nodes.map((n) => ({ ...n, name: `${n.name} ${MARK}`, source: `${n.source} ${MARK}` }));
  nodes.push({ id: ONLY_IN_SECOND.id, label: 'Organisation', name: ONLY_IN_SECOND.name, source: `scoping test ${MARK}` });
  const ties: TieRecord[] = first.ties.map((t) => ({ ...t, source: `${t.source} ${MARK}` }));
  ties.push({ id: ONLY_IN_SECOND_TIE, type: 'CONNECTED_WITH', from: ONLY_IN_SECOND.neighbour, to: ONLY_IN_SECOND.id, source: `scoping test ${MARK}` });
  await loadIntoMap(db.driver, db.database, SECOND, { nodes, ties });
}

const sortedKeys = (value: Record<string, unknown> | null) => Object.fromEntries(Object.entries(value ?? {}).sort(([a], [b]) => a.localeCompare(b)));

/** Everything a map holds, as text: its nodes with labels and properties, and every tie from each. */
export async function mapSnapshot(db: Database, map: string): Promise<string> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL} {map: $map}) OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.id
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, collect([type(r), m.map, m.id, properties(r)]) AS ties ORDER BY id`,
    { map },
    { database: db.database },
  );
  return JSON.stringify(records.map((r) => [
    r.get('id'), [...r.get('labels')].sort(), sortedKeys(r.get('props')),
    (r.get('ties') as [string, string, string, Record<string, unknown>][]).map(([type, m, id, props]) => [type, m, id, sortedKeys(props)]),
  ]));
}
