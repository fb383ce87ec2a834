/** Reading a set of nodes and the ties among them into graphology's serialised format. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { GraphSchema } from '../contract/common.ts';
import { nodeTypeOf, visibleNode, visibleProperties } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import type { NodeLabel, TieType } from '../model/model.ts';
import { validAtCypher } from './validAt.ts';

/** Graphology's serialised format, as the contract gives it. */
export type SerializedGraph = Static<typeof GraphSchema>;
export type SerializedNode = SerializedGraph['nodes'][number];
export type SerializedEdge = SerializedGraph['edges'][number];

export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

export interface TieFilter {
  tieTypes?: TieType[] | null;
  /** ISO date (or year, or year-month): keep ties valid then. */
  at?: string | null;
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
     WHERE b.id IN $targets AND ${tieTypeAllowed('r')} AND ${validAtCypher('r')}
     RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId`,
    { map, sources, targets, tieTypes: filter.tieTypes ?? null, at: filter.at ?? null },
  );
  return records.map((r) => toSerializedEdge(r.get('source'), r.get('target'), r.get('tieType'), r.get('props'), r.get('elementId')));
}
