/** Cypher for reading one map's stakeholder graph: all of it, one node, counts. All of it parameterised. */
import type { Driver } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { StatsAnswer } from '../contract/queries.ts';
import { visibleNode } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeLabel } from '../model/model.ts';
import { GRAPH_OPTIONS, networkOnDate, tieCountsOnDate, toSerializedEdge, toSerializedNode, type SerializedGraph } from './graphReads.ts';
import { TIES } from './tieRoles.ts';
import { readNodeDetails, type NodeDetails } from './nodeReads.ts';
import { asOfParameters, countsCypher, factStatusCypher, nodeStatusCypher } from './validAt.ts';
import { WHOLE_RECORD, type AsOf } from '../model/time.ts';

export interface GraphFilter {
  alliance?: string;
  area?: string;
  /** Labels the caller may not see (see access.ts). */
  hidden?: NodeLabel[];
  /** The network on a date; none (or a null date) reads the whole record. */
  asOf?: AsOf;
}

export type { SerializedGraph };
export type { NodeDetails };

export class GraphRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /**
   * The map's whole graph, or the part around an alliance (its members and their direct ties)
   * and/or an area (what is located in it or its sub-areas, and their direct ties). On a date
   * (`asOf`), the network then by the time rule (validAt.ts): the nodes that held and the ties that
   * held between them, with how many undated ties and nodes were left out.
   */
  async graph(map: string, filter: GraphFilter = {}): Promise<SerializedGraph> {
    const keep = filter.alliance || filter.area ? await this.filteredIds(map, filter) : null;
    const hidden = filter.hidden ?? [];
    const time = asOfParameters(filter.asOf ?? WHOLE_RECORD);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(async (tx) => {
        const parameters = { map, keep, hidden, ...time };
        const dated = time.day !== null;
        const { records: nodeRecords } = await tx.run(
          dated
            ? `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ($keep IS NULL OR n.id IN $keep) AND ${visibleNode('n')}
               WITH n, ${nodeStatusCypher('n')} AS status WHERE status IN ['holds', 'undated']
               RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, status`
            : `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ($keep IS NULL OR n.id IN $keep) AND ${visibleNode('n')}
               RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, 'holds' AS status`,
          parameters,
        );
        const held = nodeRecords.filter((r) => r.get('status') === 'holds');
        const nodes = held.map((r) => toSerializedNode(r.get('id'), r.get('labels'), r.get('props')));
        const ids = nodes.map((n) => n.key);
        const { records: tieRecords } = await tx.run(
          dated
            ? `MATCH (a:${ENTITY_LABEL} {map: $map})-[r]->(b:${ENTITY_LABEL})
               WHERE ${visibleNode('a')} AND ${visibleNode('b')} AND ($keep IS NULL OR (a.id IN $keep AND b.id IN $keep))
               WITH a, b, r, ${factStatusCypher('r')} AS status
               WITH a, b, r, status, ${countsCypher('status')} AND a.id IN $ids AND b.id IN $ids AS inNetwork
               WHERE inNetwork OR status = 'undated'
               RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId, status, inNetwork`
            : `MATCH (a:${ENTITY_LABEL} {map: $map})-[r]->(b:${ENTITY_LABEL})
               WHERE a.id IN $ids AND b.id IN $ids
               RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId, 'holds' AS status, true AS inNetwork`,
          { ...parameters, ids },
        );
        const edges = tieRecords.filter((r) => r.get('inNetwork')).map((r) => toSerializedEdge(r.get('source'), r.get('target'), r.get('tieType'), r.get('props'), r.get('elementId')));
        const onDate = dated ? { asOf: filter.asOf?.date, day: time.day, undated: time.undated ? 'include' : 'exclude', undatedTies: tieRecords.filter((r) => r.get('status') === 'undated').length, undatedNodes: nodeRecords.length - held.length } : {};
        return { attributes: { alliance: filter.alliance, area: filter.area, ...onDate }, options: GRAPH_OPTIONS, nodes, edges };
      });
    } finally {
      await session.close();
    }
  }

  private async filteredIds(map: string, filter: GraphFilter): Promise<string[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (core:${ENTITY_LABEL} {map: $map})
       WHERE ($alliance IS NULL OR core.id = $alliance OR EXISTS { (core)-[:${TIES.membership}]->(:Alliance {map: $map, id: $alliance}) })
         AND ($area IS NULL OR core.id = $area OR EXISTS { (core)-[:${TIES.location}]->(:Area)-[:${TIES.containment}*0..3]->(:Area {map: $map, id: $area}) })
       OPTIONAL MATCH (core)--(neighbour:${ENTITY_LABEL})
       RETURN collect(DISTINCT core.id) + collect(DISTINCT neighbour.id) AS ids`,
      { map, alliance: filter.alliance ?? null, area: filter.area ?? null },
      { database: this.database },
    );
    return records[0].get('ids') as string[];
  }

  async exists(map: string, id: string, label?: NodeLabel): Promise<boolean> {
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) WHERE $label IS NULL OR $label IN labels(n) RETURN count(n) AS c`,
      { map, id, label: label ?? null },
      { database: this.database },
    );
    return records[0].get('c').toNumber() > 0;
  }

  /** One node with its ties (on a date, those that held then) and, for an event or programme, what it led to. */
  node(map: string, id: string, hidden: NodeLabel[] = [], asOf: AsOf = WHOLE_RECORD): Promise<NodeDetails | undefined> {
    return readNodeDetails(this.driver, this.database, map, id, hidden, asOf);
  }

  /** Nodes and ties in the whole store, every map together: the service health's figures. */
  async counts(): Promise<{ nodes: number; ties: number }> {
    const { records } = await this.driver.executeQuery(
      `CALL { MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS nodes } CALL { MATCH (:${ENTITY_LABEL})-[r]->() RETURN count(r) AS ties } RETURN nodes, ties`,
      {},
      { database: this.database },
    );
    return { nodes: records[0].get('nodes').toNumber(), ties: records[0].get('ties').toNumber() };
  }

  /** Nodes per label and ties per type in the map that the caller may see; on a date, of the network then. */
  async stats(map: string, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<Static<typeof StatsAnswer>> {
    const byLabel: Record<string, number> = Object.fromEntries(NODE_LABELS.filter((l) => !hidden.includes(l)).map((l) => [l, 0]));
    const byType: Record<string, number> = Object.fromEntries(TIE_TYPE_NAMES.map((t) => [t, 0]));
    const sum = (values: Record<string, number>) => Object.values(values).reduce((s, v) => s + v, 0);
    const time = asOfParameters(asOf);
    if (time.day !== null) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      try {
        return await session.executeRead(async (tx) => {
          const network = await networkOnDate(tx, this.database, map, hidden, asOf);
          for (const label of network.labels.values()) byLabel[label] = (byLabel[label] ?? 0) + 1;
          const ties = await tieCountsOnDate(tx, this.database, map, hidden, asOf, network.ids);
          for (const [type, count] of ties.byType) byType[type] = count;
          const onDate = { asOf: asOf.date as string, day: time.day as string, undated: asOf.undated ? 'include' as const : 'exclude' as const, undatedTies: ties.undatedTies, undatedNodes: network.undatedNodes };
          return { nodes: { total: sum(byLabel), byLabel }, ties: { total: sum(byType), byType }, onDate };
        });
      } finally {
        await session.close();
      }
    }
    const { records: nodeRecords } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ${visibleNode('n')}
       UNWIND [l IN labels(n) WHERE l IN $labels] AS label
       RETURN label, count(*) AS count`,
      { map, hidden, labels: [...NODE_LABELS] },
      { database: this.database },
    );
    const { records: tieRecords } = await this.driver.executeQuery(
      `MATCH (a:${ENTITY_LABEL} {map: $map})-[r]->(b:${ENTITY_LABEL}) WHERE ${visibleNode('a')} AND ${visibleNode('b')}
       RETURN type(r) AS type, count(*) AS count`,
      { map, hidden },
      { database: this.database },
    );
    for (const r of nodeRecords) byLabel[r.get('label')] = r.get('count').toNumber();
    for (const r of tieRecords) byType[r.get('type')] = r.get('count').toNumber();
    return { nodes: { total: sum(byLabel), byLabel }, ties: { total: sum(byType), byType } };
  }
}
