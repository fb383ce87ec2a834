/** Contract of the graph routes: service health (of the whole store), a map's whole (or filtered) graph, one of its nodes. */
import { Type } from 'typebox';
import { GraphSchema, inMap, StoredValue, NodeId, NodeLabelSchema, NodeSchema, NoQuery, queryErrors, readErrors, TieTypeSchema } from './common.ts';

export const HealthAnswer = Type.Object(
  { status: Type.Literal('ok'), neo4j: Type.Object({ uri: Type.String(), nodes: Type.Integer(), ties: Type.Integer() }) },
  { examples: [{ status: 'ok', neo4j: { uri: 'bolt://127.0.0.1:7687', nodes: 412, ties: 1290 } }] },
);

export const GraphQuery = Type.Object({ alliance: Type.Optional(NodeId), area: Type.Optional(NodeId) }, { additionalProperties: false });

export const NodeTie = Type.Object({
  id: Type.String(),
  tieType: TieTypeSchema,
  direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
  other: Type.Object({ id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema }),
  properties: Type.Record(Type.String(), StoredValue),
});
export const NodeDetailsSchema = Type.Object(
  { node: NodeSchema, ties: Type.Array(NodeTie) },
  {
    examples: [{
      node: { id: 'org-a', nodeType: 'Organisation', name: 'Providence House', version: 3, source: 'Annual report 2023 §2' },
      ties: [{ id: 'WORKS_ON:org-a->theme-youth', tieType: 'WORKS_ON', direction: 'out', other: { id: 'theme-youth', name: 'Youth work', nodeType: 'Theme' }, properties: { lead: true } }],
    }],
  },
);

export const getHealth = {
  operationId: 'getHealth', tags: ['graph'], summary: 'Whether the service and Neo4j answer, with node and tie counts',
  querystring: NoQuery,
  response: { 200: HealthAnswer, ...queryErrors },
} as const;

export const getGraph = {
  operationId: 'getGraph', tags: ['graph'], summary: "A map's whole graph, or an alliance's or area's part with its direct ties (what the app loads)",
  params: inMap(),
  querystring: GraphQuery,
  response: { 200: GraphSchema, ...readErrors },
} as const;

export const getNode = {
  operationId: 'getNode', tags: ['graph'], summary: 'One node of a map with its properties and every tie it has',
  params: inMap({ id: NodeId }),
  response: { 200: NodeDetailsSchema, ...readErrors },
} as const;
