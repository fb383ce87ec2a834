/** Reading a set of nodes and the ties among them into graphology's serialised format. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { GraphSchema } from '../contract/common.ts';
import { nodeTypeOf, visibleNode, visibleProperties } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { NODE_LABELS, type NodeLabel, type TieType } from '../model/model.ts';
import { WHOLE_RECORD, type AsOf } from '../model/time.ts';
import { asOfParameters, countsCypher, factStatusCypher, nodeStatusCypher } from './validAt.ts';

/** Graphology's serialised format, as the contract gives it. */
export type SerializedGraph = Static<typeof GraphSchema>;
export type SerializedNode = SerializedGraph['nodes'][number];
export type SerializedEdge = SerializedGraph['edges'][number];

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

export interface TieFilter {
  tieTypes?: TieType[] | null;
  /** On a date: keep the ties counted then (validAt.ts); the ends are the caller's to choose. */
  asOf?: AsOf;
}

type Runner = Driver | ManagedTransaction;

async function run(runner: Runner, database: string, query: string, parameters: Record<string, unknown>) {
  if ('executeQuery' in runner) return (await runner.executeQuery(query, parameters, { database })).records;
  return (await runner.run(query, parameters)).records;
}

export function tieTypeAllowed(variable: string): string {
  return `($tieTypes IS NULL OR type(${variable}) IN $tieTypes)`;
}

export function toSerializedNode(id: string, labels: string[], properties: Record<string, unknown>, extra: Record<string, unknown> = {}): SerializedNode {
  const props = visibleProperties(properties) as SerializedNode['attributes'];
  return { key: id, attributes: { ...props, label: props.name as string, nodeType: nodeTypeOf(labels), ...extra } as SerializedNode['attributes'] };
}

export function toSerializedEdge(source: string, target: string, tieType: string, properties: Record<string, unknown>, elementId: string): SerializedEdge {
  const props = visibleProperties(properties) as SerializedEdge['attributes'];
  return { key: (props.id as string | undefined) ?? elementId, source, target, attributes: { ...props, tieType: tieType as TieType } };
}

/** The nodes of the map with these ids that the caller may see. */
export async function readNodes(runner: Runner, database: string, map: string, ids: string[], hidden: NodeLabel[]): Promise<SerializedNode[]> {
  const records = await run(
    runner,
    database,
    `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {map: $map, id: id}) WHERE ${visibleNode('n')}
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
    { map, ids, hidden },
  );
  return records.map((r) => toSerializedNode(r.get('id'), r.get('labels'), r.get('props')));
}

/** Ties of the map that start at one of `sources` and end at one of `targets`. */
export async function readTiesBetween(runner: Runner, database: string, map: string, sources: string[], targets: string[], filter: TieFilter = {}): Promise<SerializedEdge[]> {
  const records = await run(
    runner,
    database,
    `UNWIND $sources AS sourceId
     MATCH (a:${ENTITY_LABEL} {map: $map, id: sourceId})-[r]->(b:${ENTITY_LABEL})
     WHERE b.id IN $targets AND ${tieTypeAllowed('r')} AND ${countsCypher(factStatusCypher('r'))}
     RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId`,
    { map, sources, targets, tieTypes: filter.tieTypes ?? null, ...asOfParameters(filter.asOf ?? WHOLE_RECORD) },
  );
  return records.map((r) => toSerializedEdge(r.get('source'), r.get('target'), r.get('tieType'), r.get('props'), r.get('elementId')));
}

/** The map's nodes on a date by the time rule: each that is in the network then or undated, with its kind. */
export interface NetworkOnDate {
  /** Ids of the nodes in the network on the date (counted). */
  ids: string[];
  labels: Map<string, string>;
  /** Nodes left out because all their ties are undated. */
  undatedNodes: number;
}

export async function networkOnDate(runner: Runner, database: string, map: string, hidden: NodeLabel[], asOf: AsOf): Promise<NetworkOnDate> {
  const records = await run(
    runner,
    database,
    `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ${visibleNode('n')}
     WITH n, ${nodeStatusCypher('n')} AS status WHERE status IN ['holds', 'undated']
     RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, status`,
    { map, hidden, labels: [...NODE_LABELS], ...asOfParameters(asOf) },
  );
  const held = records.filter((r) => r.get('status') === 'holds');
  return { ids: held.map((r) => r.get('id') as string), labels: new Map(held.map((r) => [r.get('id') as string, r.get('label') as string])), undatedNodes: records.length - held.length };
}

/** Ties per type between nodes in the network on the date (`ids`), and how many undated ties were left out. */
export async function tieCountsOnDate(runner: Runner, database: string, map: string, hidden: NodeLabel[], asOf: AsOf, ids: string[]): Promise<{ byType: Map<string, number>; undatedTies: number }> {
  const records = await run(
    runner,
    database,
    `MATCH (a:${ENTITY_LABEL} {map: $map})-[r]->(b:${ENTITY_LABEL}) WHERE ${visibleNode('a')} AND ${visibleNode('b')}
     WITH a, b, type(r) AS type, ${factStatusCypher('r')} AS status
     WITH type, status, ${countsCypher('status')} AND a.id IN $ids AND b.id IN $ids AS inNetwork
     WHERE inNetwork OR status = 'undated'
     RETURN type, inNetwork, status = 'undated' AS undated, count(*) AS count`,
    { map, hidden, ids, ...asOfParameters(asOf) },
  );
  const byType = new Map<string, number>();
  let undatedTies = 0;
  for (const r of records) {
    const count = (r.get('count') as { toNumber(): number }).toNumber();
    if (r.get('undated')) undatedTies += count;
    if (r.get('inNetwork')) byType.set(r.get('type'), (byType.get(r.get('type')) ?? 0) + count);
  }
  return { byType, undatedTies };
}
