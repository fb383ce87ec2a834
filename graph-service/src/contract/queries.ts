/** Contract of the stakeholder questions inside a map (search, counts, neighbourhood, paths, themes, subgraph) and of the search across maps. */
import { Type } from 'typebox';
import { asOfQuery, GraphSchema, inMap, needs, MapId, NodeId, NodeLabelSchema, NodeSchema, queryErrors, readErrors, TierSchema, TieTypeSchema } from './common.ts';
import { AsOfQuery, OnDate } from './graph.ts';

const Types = Type.Optional(Type.Array(NodeLabelSchema, { description: 'Kinds of node to keep (repeat or comma-separate)' }));
const TieTypes = Type.Optional(Type.Array(TieTypeSchema, { description: 'Kinds of tie to keep (repeat or comma-separate)' }));
const Summary = { id: Type.String(), name: Type.String() };
const NodeSummary = Type.Object({ ...Summary, nodeType: NodeLabelSchema });

export const SearchResult = Type.Object({
  id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema, score: Type.Number(),
  description: Type.Optional(Type.String()), matchedAlias: Type.Optional(Type.String()),
});
const onDate = { onDate: Type.Optional(OnDate) };
export const SearchAnswer = Type.Object(
  { query: Type.String(), results: Type.Array(SearchResult), ...onDate },
  { examples: [{ query: 'provid', results: [{ id: 'org-a', name: 'Providence House', nodeType: 'Organisation', score: 4.2 }] }] },
);

/** A hit of the search across maps: the node and the map it is in. */
export const MapSearchResult = Type.Object({
  ...SearchResult.properties,
  map: MapId,
  mapTitle: Type.String({ description: "The map's title" }),
});
export const SearchEverywhereAnswer = Type.Object(
  { query: Type.String(), results: Type.Array(MapSearchResult), ...onDate },
  { examples: [{ query: 'provid', results: [{ id: 'org-a', name: 'Providence House', nodeType: 'Organisation', score: 4.2, map: 'battersea-alliance', mapTitle: 'Battersea Alliance' }] }] },
);

export const StatsAnswer = Type.Object(
  {
    nodes: Type.Object({ total: Type.Integer(), byLabel: Type.Record(Type.String(), Type.Integer()) }),
    ties: Type.Object({ total: Type.Integer(), byType: Type.Record(Type.String(), Type.Integer()) }),
    ...onDate,
  },
  { examples: [{ nodes: { total: 2, byLabel: { Organisation: 1, Theme: 1 } }, ties: { total: 1, byType: { WORKS_ON: 1 } } }] },
);

export const PathTie = Type.Object({ id: Type.String(), tieType: TieTypeSchema, source: Type.String(), target: Type.String() });
export const PathAnswer = Type.Object(
  {
    from: Type.String(), to: Type.String(), length: Type.Union([Type.Integer(), Type.Null()], { description: 'Ties on the shortest path; null when not connected' }),
    paths: Type.Array(Type.Object({ nodes: Type.Array(NodeSummary), ties: Type.Array(PathTie) })),
  },
  {
    examples: [{
      from: 'org-a', to: 'theme-youth', length: 1,
      paths: [{ nodes: [{ id: 'org-a', name: 'Providence House', nodeType: 'Organisation' }, { id: 'theme-youth', name: 'Youth work', nodeType: 'Theme' }], ties: [{ id: 'WORKS_ON:org-a->theme-youth', tieType: 'WORKS_ON', source: 'org-a', target: 'theme-youth' }] }],
    }],
  },
);

const Via = Type.Object({ ...Summary, nodeType: NodeLabelSchema, via: Type.String({ description: '"leads the theme", "works on the theme" or the partnership it works through' }) });
export const ThemeOverview = Type.Object(
  {
    theme: NodeSchema,
    leads: Type.Array(Via),
    organisations: Type.Array(Via),
    partnerships: Type.Array(Type.Object({
      ...Summary,
      lead: Type.Union([Type.Object(Summary), Type.Null()]),
      members: Type.Array(Type.Object({ ...Summary, role: Type.Union([Type.String(), Type.Null()]) })),
    })),
    events: Type.Array(Type.Object({ ...Summary, date: Type.Union([Type.String(), Type.Null()]) })),
    people: Type.Union([
      Type.Array(Type.Object({ ...Summary, role: Type.Union([Type.String(), Type.Null()]), organisation: Type.Object(Summary) })),
      Type.Null(),
    ], { description: 'null when the caller may not see people' }),
    funding: Type.Array(Type.Object({
      id: Type.String(), funder: Type.Object(Summary), recipient: NodeSummary,
      amount: Type.Optional(Type.Number()), currency: Type.Optional(Type.String()), period: Type.Optional(Type.String()), purpose: Type.Optional(Type.String()),
    })),
    ...onDate,
  },
  {
    examples: [{
      theme: { id: 'theme-youth', nodeType: 'Theme', name: 'Youth work', version: 1 },
      leads: [{ id: 'org-a', name: 'Providence House', nodeType: 'Organisation', via: 'leads the theme' }],
      organisations: [], partnerships: [], events: [], people: null,
      funding: [{ id: 'FUNDS:org-f->org-a', funder: { id: 'org-f', name: 'City Fund' }, recipient: { id: 'org-a', name: 'Providence House', nodeType: 'Organisation' }, amount: 5000, currency: 'GBP' }],
    }],
  },
);

const searchQuery = {
  q: Type.String({ minLength: 1, maxLength: 500, description: 'What to look for; prefixes and small typos are fine' }),
  types: Types,
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  ...asOfQuery,
};

export const searchNodes = {
  operationId: 'searchNodes', tags: ['queries'], ...needs('public'), summary: "Find a map's organisations, people, themes, partnerships, events and areas by name, alias or description",
  params: inMap(),
  querystring: Type.Object(searchQuery, { additionalProperties: false }),
  response: { 200: SearchAnswer, ...readErrors },
} as const;

export const searchEveryMap = {
  operationId: 'searchEveryMap', tags: ['queries'], ...needs('public'), summary: 'The same search across every map: is this organisation already in another map?',
  querystring: Type.Object({
    ...searchQuery,
    archived: Type.Boolean({ default: false, description: 'Also search archived maps' }),
  }, { additionalProperties: false }),
  response: { 200: SearchEverywhereAnswer, ...queryErrors },
} as const;

export const getStats = {
  operationId: 'getStats', tags: ['queries'], ...needs('public'), summary: 'How many nodes of each kind and ties of each kind a map has',
  params: inMap(),
  querystring: AsOfQuery,
  response: { 200: StatsAnswer, ...readErrors },
} as const;

export const getNeighbourhood = {
  operationId: 'getNeighbourhood', tags: ['queries'], ...needs('public'), summary: "A node's ego network to depth 1–3, cut at a node cap (attributes.truncated says so)",
  params: inMap({ id: NodeId }),
  querystring: Type.Object({
    depth: Type.Integer({ minimum: 1, maximum: 3, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 5_000, default: 200, description: 'Most nodes to return, nearest first' }),
    types: Types,
    tieTypes: TieTypes,
    ...asOfQuery,
  }, { additionalProperties: false }),
  response: { 200: GraphSchema, ...readErrors },
} as const;

export const findPaths = {
  operationId: 'findPaths', tags: ['queries'], ...needs('public'), summary: 'The shortest path (or all shortest paths) between two nodes of a map, optionally through some kinds of tie only',
  params: inMap(),
  querystring: Type.Object({
    from: NodeId,
    to: NodeId,
    tieTypes: TieTypes,
    all: Type.Boolean({ default: false, description: 'All shortest paths (up to 25) instead of one' }),
    maxLength: Type.Integer({ minimum: 1, maximum: 12, default: 8, description: 'Longest path to look for, in ties' }),
    ...asOfQuery,
  }, { additionalProperties: false }),
  response: { 200: PathAnswer, ...readErrors },
} as const;

export const getTheme = {
  operationId: 'getTheme', tags: ['queries'], ...needs('public'), summary: 'Who works on a theme: lead organisations, others, partnerships, events, people and funding',
  params: inMap({ id: NodeId }),
  querystring: AsOfQuery,
  response: { 200: ThemeOverview, ...readErrors },
} as const;

export const SubgraphQuery = Type.Object({
  types: Types,
  tieTypes: TieTypes,
  theme: Type.Optional(NodeId),
  area: Type.Optional(NodeId),
  alliance: Type.Optional(NodeId),
  tier: Type.Optional(TierSchema),
  ...asOfQuery,
  neighbours: Type.Boolean({ default: false, description: 'Also keep nodes one tie away from those that pass' }),
  limit: Type.Integer({ minimum: 1, maximum: 10_000, default: 2_000, description: 'Most nodes per page' }),
  cursor: Type.Optional(NodeId),
}, { additionalProperties: false });

export const getSubgraph = {
  operationId: 'getSubgraph', tags: ['queries'], ...needs('public'), summary: "A map's nodes and ties filtered by kind, theme, area, alliance and tier, on a date (asOf) or over the whole record, a page at a time",
  params: inMap(),
  querystring: SubgraphQuery,
  response: { 200: GraphSchema, ...readErrors },
} as const;
