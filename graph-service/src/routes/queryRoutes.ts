/** HTTP for the stakeholder questions: search, stats, neighbourhood, paths, themes, subgraph. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findPaths, getNeighbourhood, getStats, getSubgraph, getTheme, searchNodes } from '../contract/queries.ts';
import type { QueryService } from '../services/queryService.ts';

export const queryRoutes: FastifyPluginAsyncTypebox<{ service: QueryService }> = async (app, { service }) => {
  app.get('/api/search', { schema: searchNodes }, async (request) => {
    const { q, types, limit } = request.query;
    return service.find(q, { types: types ?? null, hidden: request.viewer.hiddenLabels, limit });
  });

  app.get('/api/stats', { schema: getStats }, async (request) => service.stats(request.viewer.hiddenLabels));

  app.get('/api/nodes/:id/neighbourhood', { schema: getNeighbourhood }, async (request) => {
    const { depth, limit, types, tieTypes } = request.query;
    return service.neighbourhood(request.params.id, { depth, limit, types: types ?? null, tieTypes: tieTypes ?? null, hidden: request.viewer.hiddenLabels });
  });

  app.get('/api/paths', { schema: findPaths }, async (request) => {
    const { from, to, tieTypes, all, maxLength } = request.query;
    return service.paths(from, to, { tieTypes: tieTypes ?? null, all, maxLength, hidden: request.viewer.hiddenLabels });
  });

  app.get('/api/themes/:id', { schema: getTheme }, async (request) => service.theme(request.params.id, request.viewer.hiddenLabels));

  app.get('/api/subgraph', { schema: getSubgraph }, async (request) => service.subgraph(request.query, request.viewer.hiddenLabels));
};
