/** Contract of the graph routes: service health (of the whole store), a map's whole (or filtered) graph, one of its nodes. */
import { Type } from 'typebox';
import { asOfQuery, GraphSchema, inMap, needs, StoredValue, NodeId, NodeLabelSchema, NodeSchema, NoQuery, queryErrors, readErrors, TieTypeSchema } from './common.ts';
import { ContactSchema } from './directory.ts';
import { FACT_STATUSES, type FactStatus } from '../model/time.ts';

/** The query of a read on a date: `asOf` and `undated` only. */
export const AsOfQuery = Type.Object(asOfQuery, { additionalProperties: false });

/**
 * What an answer on a date says about time (graph answers carry the same fields in `attributes`):
 * the date asked for, the day it was read as, and how many undated ties and nodes were left out
 * (or, with undated=include, counted although undated).
 */
export const OnDate = Type.Object(
  {
    asOf: Type.String({ description: 'The date asked for' }),
    day: Type.String({ description: 'The day it was read as (a year or month is read as its first day)' }),
    undated: Type.Union([Type.Literal('include'), Type.Literal('exclude')]),
    undatedTies: Type.Integer({ description: 'Ties with no known start: left out on the date, or counted with undated=include' }),
    undatedNodes: Type.Integer({ description: 'Nodes whose only ties are undated, left out' }),
    status: Type.Optional(Type.Unsafe<FactStatus>(Type.String({ enum: [...FACT_STATUSES], description: 'How the node asked about stands on the date' }))),
  },
  { description: 'The network on a date: what the answer left out', examples: [{ asOf: '2021-10', day: '2021-10-01', undated: 'exclude', undatedTies: 3, undatedNodes: 1 }] },
);

/** The database's figures only: never its address (GET /api/health/ready is the probe for load balancers). */
export const HealthAnswer = Type.Object(
  { status: Type.Literal('ok'), neo4j: Type.Object({ nodes: Type.Integer(), ties: Type.Integer() }) },
  { examples: [{ status: 'ok', neo4j: { nodes: 412, ties: 1290 } }] },
);

export const GraphQuery = Type.Object({ alliance: Type.Optional(NodeId), area: Type.Optional(NodeId), ...asOfQuery }, { additionalProperties: false });

export const NodeTie = Type.Object({
  id: Type.String(),
  tieType: TieTypeSchema,
  direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
  other: Type.Object({ id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema }),
  properties: Type.Record(Type.String(), StoredValue),
});
const NodeRef = Type.Object({ id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema });
/** A tie an event or programme led to: one whose `madeAt` names it. */
export const LedToTie = Type.Object({
  id: Type.String(),
  tieType: TieTypeSchema,
  from: NodeRef,
  to: NodeRef,
  since: Type.Optional(Type.String()),
});
export const NodeDetailsSchema = Type.Object(
  {
    node: NodeSchema,
    ties: Type.Array(NodeTie),
    ledTo: Type.Optional(Type.Array(LedToTie, { description: "An event's or partnership's: the ties made at or through it (their madeAt names it), earliest first" })),
    onDate: Type.Optional(OnDate),
    contact: Type.Optional(Type.Union([Type.Null(), ContactSchema], { description: "A person's work contact details (null: none), only to members and above; absent for everyone else" })),
  },
  {
    examples: [{
      node: { id: 'org-a', nodeType: 'Organisation', name: 'Providence House', version: 3, source: 'Annual report 2023 §2' },
      ties: [{ id: 'WORKS_ON:org-a->theme-youth', tieType: 'WORKS_ON', direction: 'out', other: { id: 'theme-youth', name: 'Youth work', nodeType: 'Theme' }, properties: { lead: true } }],
    }],
  },
);

export const getHealth = {
  operationId: 'getHealth', tags: ['graph'], ...needs('public'), summary: 'Whether the service and Neo4j answer, with node and tie counts',
  querystring: NoQuery,
  response: { 200: HealthAnswer, ...queryErrors },
} as const;

export const getGraph = {
  operationId: 'getGraph', tags: ['graph'], ...needs('public'), summary: "A map's whole graph, or an alliance's or area's part with its direct ties (what the app loads); on a date, the network then",
  params: inMap(),
  querystring: GraphQuery,
  response: { 200: GraphSchema, 304: Type.Null({ description: 'Not modified: the copy named in If-None-Match (the ETag of an earlier answer) is still current' }), ...readErrors },
} as const;

export const getNode = {
  operationId: 'getNode', tags: ['graph'], ...needs('public'), summary: 'One node of a map with its properties and every tie it has (on a date: the ties that held then), and what an event or programme led to',
  params: inMap({ id: NodeId }),
  querystring: AsOfQuery,
  response: { 200: NodeDetailsSchema, ...readErrors },
} as const;
