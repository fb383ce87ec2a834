/** Cypher for reading one map's stakeholder graph: all of it, one node, counts. All of it parameterised. */
import type { Driver } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { NodeDetailsSchema } from '../contract/graph.ts';
import type { StatsAnswer } from '../contract/queries.ts';
import { nodeTypeOf as nodeType, visibleNode, visibleProperties as visible } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeLabel, type TieType } from '../model/model.ts';
import { GRAPH_OPTIONS, toSerializedEdge, toSerializedNode, type SerializedGraph } from './graphReads.ts';
import { TIES } from './tieRoles.ts';

export interface GraphFilter {
  alliance?: string;
  area?: string;
  /** Labels the caller may not see (see access.ts). */
  hidden?: NodeLabel[];
}

export type { SerializedGraph };
export type NodeDetails = Static<typeof NodeDetailsSchema>;

export class GraphRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /**
   * The map's whole graph, or the part around an alliance (its members and their direct ties)
   * and/or an area (what is located in it or its sub-areas, and their direct ties).
   */
  async graph(map: string, filter: GraphFilter = {}): Promise<SerializedGraph> {
    const keep = filter.alliance || filter.area ? await this.filteredIds(map, filter) : null;
    const hidden = filter.hidden ?? [];
    const { records: nodeRecords } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ($keep IS NULL OR n.id IN $keep) AND ${visibleNode('n')}
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
      { map, keep, hidden },
      { database: this.database },
    );
    const nodes = nodeRecords.map((r) => toSerializedNode(r.get('id'), r.get('labels'), r.get('props')));
    const ids = nodes.map((n) => n.key);
    const { records: tieRecords } = await this.driver.executeQuery(
      `MATCH (a:${ENTITY_LABEL} {map: $map})-[r]->(b:${ENTITY_LABEL})
       WHERE a.id IN $ids AND b.id IN $ids
       RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId`,
      { map, ids },
      { database: this.database },
    );
    const edges = tieRecords.map((r) => toSerializedEdge(r.get('source'), r.get('target'), r.get('tieType'), r.get('props'), r.get('elementId')));
    return { attributes: { alliance: filter.alliance, area: filter.area }, options: GRAPH_OPTIONS, nodes, edges };
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

  async node(map: string, id: string, hidden: NodeLabel[] = []): Promise<NodeDetails | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) WHERE ${visibleNode('n')}
       OPTIONAL MATCH (n)-[r]-(other:${ENTITY_LABEL}) WHERE ${visibleNode('other')}
       RETURN properties(n) AS props, labels(n) AS labels,
              collect(CASE WHEN r IS NULL THEN NULL ELSE {
                tieType: type(r), out: startNode(r) = n, props: properties(r), elementId: elementId(r),
                otherId: other.id, otherName: other.name, otherLabels: labels(other)
              } END) AS ties`,
      { map, id, hidden },
      { database: this.database },
    );
    if (records.length === 0) return undefined;
    const props = visible(records[0].get('props'));
    const ties = (records[0].get('ties') as Record<string, unknown>[]).map((t) => {
      const tieProps = visible(t.props as Record<string, unknown>) as NodeDetails['ties'][number]['properties'];
      return {
        id: (tieProps.id as string | undefined) ?? (t.elementId as string),
        tieType: t.tieType as TieType,
        direction: (t.out ? 'out' : 'in') as 'out' | 'in',
        other: { id: t.otherId as string, name: t.otherName as string, nodeType: nodeType(t.otherLabels as string[]) },
        properties: tieProps,
      };
    });
    ties.sort((a, b) => a.tieType.localeCompare(b.tieType) || a.other.name.localeCompare(b.other.name));
    return { node: { ...props, id: props.id as string, name: props.name as string, nodeType: nodeType(records[0].get('labels')) } as NodeDetails['node'], ties };
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

  /** Nodes per label and ties per type in the map that the caller may see. */
  async stats(map: string, hidden: NodeLabel[]): Promise<Static<typeof StatsAnswer>> {
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
    const byLabel = Object.fromEntries(NODE_LABELS.filter((l) => !hidden.includes(l)).map((l) => [l, 0]));
    for (const r of nodeRecords) byLabel[r.get('label')] = r.get('count').toNumber();
    const byType = Object.fromEntries(TIE_TYPE_NAMES.map((t) => [t, 0]));
    for (const r of tieRecords) byType[r.get('type')] = r.get('count').toNumber();
    const sum = (values: Record<string, number>) => Object.values(values).reduce((s, v) => s + v, 0);
    return { nodes: { total: sum(byLabel), byLabel }, ties: { total: sum(byType), byType } };
  }
}
