/** HTTP for the stakeholder questions: search, stats, neighbourhood, paths, themes, subgraph. */
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { QueryRepository } from '../repositories/queryRepository.ts';
import type { SearchRepository } from '../repositories/searchRepository.ts';
import { buildSearchQuery, matchedAlias } from '../services/searchQuery.ts';
import { DateText, errors, GraphSchema, NodeId, NodeLabelSchema, TierSchema, TieTypeSchema } from './schemas.ts';

const Types = Type.Optional(Type.Array(NodeLabelSchema, { description: 'Kinds of node to keep (repeat or comma-separate)' }));
const TieTypes = Type.Optional(Type.Array(TieTypeSchema, { description: 'Kinds of tie to keep (repeat or comma-separate)' }));

export const queryRoutes: FastifyPluginAsyncTypebox<{ queries: QueryRepository; search: SearchRepository }> = async (app, { queries, search }) => {
  app.get('/api/search', {
    schema: {
      summary: 'Find organisations, people, themes, partnerships, events and areas by name, alias or description',
      querystring: Type.Object({
        q: Type.String({ minLength: 1, maxLength: 500, description: 'What to look for; prefixes and small typos are fine' }),
        types: Types,
        limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
      }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          query: Type.String(),
          results: Type.Array(Type.Object({
            id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema, score: Type.Number(),
            description: Type.Optional(Type.String()), matchedAlias: Type.Optional(Type.String()),
          })),
        }),
        ...errors,
      },
    },
  }, async (request) => {
    const { q, types, limit } = request.query;
    const terms = buildSearchQuery(q);
    if (!terms) return { query: q, results: [] };
    const hits = await search.search(terms.lucene, { types: types ?? null, hidden: request.viewer.hiddenLabels, limit });
    return {
      query: q,
      results: hits.map(({ aliases, ...hit }) => {
        const alias = matchedAlias(hit.name, aliases, terms.words);
        return alias ? { ...hit, matchedAlias: alias } : hit;
      }),
    };
  });

  app.get('/api/stats', {
    schema: {
      summary: 'How many nodes of each kind and ties of each kind there are',
      response: {
        200: Type.Object({
          nodes: Type.Object({ total: Type.Integer(), byLabel: Type.Record(Type.String(), Type.Integer()) }),
          ties: Type.Object({ total: Type.Integer(), byType: Type.Record(Type.String(), Type.Integer()) }),
        }),
      },
    },
  }, async (request) => queries.stats(request.viewer.hiddenLabels));

  app.get('/api/nodes/:id/neighbourhood', {
    schema: {
      summary: "A node's ego network to depth 1–3, cut at a node cap (attributes.truncated says so)",
      params: Type.Object({ id: NodeId }),
      querystring: Type.Object({
        depth: Type.Integer({ minimum: 1, maximum: 3, default: 1 }),
        limit: Type.Integer({ minimum: 1, maximum: 5_000, default: 200, description: 'Most nodes to return, nearest first' }),
        types: Types,
        tieTypes: TieTypes,
      }, { additionalProperties: false }),
      response: { 200: GraphSchema, ...errors },
    },
  }, async (request) => {
    const { depth, limit, types, tieTypes } = request.query;
    const graph = await queries.neighbourhood(request.params.id, { depth, limit, types: types ?? null, tieTypes: tieTypes ?? null, hidden: request.viewer.hiddenLabels });
    if (!graph) throw new NotFoundError(`No node has the id "${request.params.id}".`);
    return graph;
  });

  app.get('/api/paths', {
    schema: {
      summary: 'The shortest path (or all shortest paths) between two nodes, optionally through some kinds of tie only',
      querystring: Type.Object({
        from: NodeId,
        to: NodeId,
        tieTypes: TieTypes,
        all: Type.Boolean({ default: false, description: 'All shortest paths (up to 25) instead of one' }),
        maxLength: Type.Integer({ minimum: 1, maximum: 12, default: 8, description: 'Longest path to look for, in ties' }),
      }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          from: Type.String(), to: Type.String(), length: Type.Union([Type.Integer(), Type.Null()]),
          paths: Type.Array(Type.Object({
            nodes: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema })),
            ties: Type.Array(Type.Object({ id: Type.String(), tieType: Type.String(), source: Type.String(), target: Type.String() })),
          })),
        }),
        ...errors,
      },
    },
  }, async (request) => {
    const { from, to, tieTypes, all, maxLength } = request.query;
    if (from === to) throw new BadRequestError('Choose two different nodes to find a path between.', [{ field: '/to', message: 'must differ from "from"' }]);
    const [fromNode, toNode] = await Promise.all([queries.visibleNode(from, request.viewer.hiddenLabels), queries.visibleNode(to, request.viewer.hiddenLabels)]);
    if (!fromNode) throw new NotFoundError(`No node has the id "${from}".`);
    if (!toNode) throw new NotFoundError(`No node has the id "${to}".`);
    const paths = await queries.paths(from, to, { tieTypes: tieTypes ?? null, all, maxLength, hidden: request.viewer.hiddenLabels });
    return { from, to, length: paths.length ? paths[0].ties.length : null, paths };
  });

  app.get('/api/themes/:id', {
    schema: {
      summary: 'Who works on a theme: lead organisations, others, partnerships, events, people and funding',
      params: Type.Object({ id: NodeId }),
      response: { 200: Type.Object({ theme: Type.Any(), leads: Type.Array(Type.Any()), organisations: Type.Array(Type.Any()), partnerships: Type.Array(Type.Any()), events: Type.Array(Type.Any()), people: Type.Union([Type.Array(Type.Any()), Type.Null()]), funding: Type.Array(Type.Any()) }), ...errors },
    },
  }, async (request) => {
    const overview = await queries.theme(request.params.id, request.viewer.hiddenLabels);
    if (!overview) throw new NotFoundError(`No theme has the id "${request.params.id}".`);
    return overview;
  });

  app.get('/api/subgraph', {
    schema: {
      summary: 'Nodes and ties filtered by kind, theme, area, alliance, tier and date, a page at a time',
      querystring: Type.Object({
        types: Types,
        tieTypes: TieTypes,
        theme: Type.Optional(NodeId),
        area: Type.Optional(NodeId),
        alliance: Type.Optional(NodeId),
        tier: Type.Optional(TierSchema),
        at: Type.Optional(DateText),
        neighbours: Type.Boolean({ default: false, description: 'Also keep nodes one tie away from those that pass' }),
        limit: Type.Integer({ minimum: 1, maximum: 10_000, default: 2_000, description: 'Most nodes per page' }),
        cursor: Type.Optional(NodeId),
      }, { additionalProperties: false }),
      response: { 200: GraphSchema, ...errors },
    },
  }, async (request) => {
    const q = request.query;
    for (const [field, label] of [['theme', 'Theme'], ['area', 'Area'], ['alliance', 'Alliance']] as const) {
      const id = q[field];
      if (id && !(await queries.visibleNode(id, [], label))) throw new NotFoundError(`No ${label.toLowerCase()} has the id "${id}".`);
    }
    return queries.subgraph(
      { types: q.types ?? null, tieTypes: q.tieTypes ?? null, theme: q.theme ?? null, area: q.area ?? null, alliance: q.alliance ?? null, tier: q.tier ?? null, at: q.at ?? null, neighbours: q.neighbours, hidden: request.viewer.hiddenLabels },
      { cursor: q.cursor ?? null, limit: q.limit },
    );
  });
};
