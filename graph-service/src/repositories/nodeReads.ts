/**
 * Cypher for one node's answer: its properties and ties (on a date, the ties that held then, by the
 * time rule in validAt.ts), and for an event or programme the ties made at or through it (`madeAt`).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { LedToTie, NodeDetailsSchema } from '../contract/graph.ts';
import { nodeTypeOf, visibleNode, visibleProperties } from '../db/records.ts';
import { MADE_AT_LABELS, counts, WHOLE_RECORD, type AsOf, type FactStatus } from '../model/time.ts';
import type { NodeLabel, TieType } from '../model/model.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { madeAtTieTypes } from './tieRoles.ts';
import { asOfParameters, countsCypher, factStatusCypher, nodeStatusCypher } from './validAt.ts';

export type NodeDetails = Static<typeof NodeDetailsSchema>;
type Parameters = { map: string; id: string; hidden: NodeLabel[]; day: string | null; undated: boolean };

/** Each type that has `madeAt` by its (map, madeAt) index, as the planner cannot use one index for an untyped pattern. */
const LED_TO = madeAtTieTypes().map(
  (type) => `MATCH (a:${ENTITY_LABEL})-[r:${type} {map: $map, madeAt: $id}]->(b:${ENTITY_LABEL}) WHERE ${visibleNode('a')} AND ${visibleNode('b')} RETURN a, r, b`,
).join(' UNION ALL ');

async function ledTo(tx: ManagedTransaction, parameters: Parameters): Promise<Static<typeof LedToTie>[]> {
  const dated = parameters.day !== null;
  const { records } = await tx.run(
    `CALL () { ${LED_TO} }
     WITH a, r, b WHERE ${dated ? `${countsCypher(factStatusCypher('r'))} AND ${countsCypher(nodeStatusCypher('a'))} AND ${countsCypher(nodeStatusCypher('b'))}` : 'true'}
     RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS tieType, r.since AS since,
            {id: a.id, name: a.name, labels: labels(a)} AS from, {id: b.id, name: b.name, labels: labels(b)} AS to
     ORDER BY r.since IS NULL, toString(r.since), a.name, b.name`,
    parameters,
  );
  const end = (e: { id: string; name: string; labels: string[] }) => ({ id: e.id, name: e.name, nodeType: nodeTypeOf(e.labels) });
  return records.map((r) => {
    const since = r.get('since');
    return { id: r.get('id'), tieType: r.get('tieType') as TieType, from: end(r.get('from')), to: end(r.get('to')), ...(since === null ? {} : { since: String(since) }) };
  });
}

/** The node with its ties; on a date, only the ties that held (both ends in the network then), and what was left out. */
export async function readNodeDetails(driver: Driver, database: string, map: string, id: string, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<NodeDetails | undefined> {
  const parameters: Parameters = { map, id, hidden, ...asOfParameters(asOf) };
  const dated = parameters.day !== null;
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const { records } = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) WHERE ${visibleNode('n')}
         WITH n, ${dated ? nodeStatusCypher('n') : "'holds'"} AS status
         OPTIONAL MATCH (n)-[r]-(other:${ENTITY_LABEL}) WHERE ${visibleNode('other')}
         WITH n, status, r, other, ${dated ? factStatusCypher('r') : "'holds'"} AS tieStatus, ${dated ? `CASE WHEN other IS NULL THEN NULL ELSE ${nodeStatusCypher('other')} END` : "'holds'"} AS otherStatus
         RETURN properties(n) AS props, labels(n) AS labels, status,
                collect(CASE WHEN r IS NULL THEN NULL ELSE {
                  tieType: type(r), out: startNode(r) = n, props: properties(r), elementId: elementId(r),
                  otherId: other.id, otherName: other.name, otherLabels: labels(other), status: tieStatus, otherStatus: otherStatus
                } END) AS ties`,
        parameters,
      );
      if (records.length === 0) return undefined;
      const props = visibleProperties(records[0].get('props'));
      const status = records[0].get('status') as FactStatus;
      const all = records[0].get('ties') as Record<string, unknown>[];
      const held = all.filter((t) => counts(status, asOf.undated) && counts(t.status as FactStatus, asOf.undated) && counts(t.otherStatus as FactStatus, asOf.undated));
      const ties = held.map((t) => {
        const tieProps = visibleProperties(t.props as Record<string, unknown>) as NodeDetails['ties'][number]['properties'];
        return {
          id: (tieProps.id as string | undefined) ?? (t.elementId as string),
          tieType: t.tieType as TieType,
          direction: (t.out ? 'out' : 'in') as 'out' | 'in',
          other: { id: t.otherId as string, name: t.otherName as string, nodeType: nodeTypeOf(t.otherLabels as string[]) },
          properties: tieProps,
        };
      });
      ties.sort((a, b) => a.tieType.localeCompare(b.tieType) || a.other.name.localeCompare(b.other.name));
      const nodeType = nodeTypeOf(records[0].get('labels'));
      const details: NodeDetails = { node: { ...props, id: props.id as string, name: props.name as string, nodeType } as NodeDetails['node'], ties };
      if ((MADE_AT_LABELS as readonly string[]).includes(nodeType)) details.ledTo = await ledTo(tx, parameters);
      if (dated) {
        const undatedTies = all.filter((t) => t.status === 'undated').length;
        details.onDate = { asOf: asOf.date as string, day: parameters.day as string, undated: asOf.undated ? 'include' : 'exclude', status, undatedTies, undatedNodes: status === 'undated' ? 1 : 0 };
      }
      return details;
    });
  } finally {
    await session.close();
  }
}
