/** HTTP for the stakeholder questions inside a map (search, stats, neighbourhood, paths, themes, subgraph) and the search across maps, each on a date (`asOf`) or over the whole record. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findPaths, getNeighbourhood, getStats, getSubgraph, getTheme, searchEveryMap, searchNodes } from '../contract/queries.ts';
import type { AccessService } from '../services/accessService.ts';
import type { QueryService } from '../services/queryService.ts';
import { asOfFromQuery } from './asOf.ts';

export const queryRoutes: FastifyPluginAsyncTypebox<{ service: QueryService; access: AccessService }> = async (app, { service, access }) => {
  app.get('/api/search', { schema: searchEveryMap }, async (request) => {
    const { q, types, limit, archived } = request.query;
    const answer = await service.findEverywhere(q, { types: types ?? null, hidden: request.viewer.hiddenLabels, limit, archived, asOf: asOfFromQuery(request.query) });
    // Only hits in maps the caller may see (unpublished maps are their members' alone).
    const visible = await access.visibleMapIds(request.identity);
    return visible === 'all' ? answer : { ...answer, results: answer.results.filter((hit) => visible.has(hit.map)) };
  });

  app.get('/api/maps/:map/search', { schema: searchNodes }, async (request) => {
    const { q, types, limit } = request.query;
    return service.find(request.params.map, q, { types: types ?? null, hidden: request.viewer.hiddenLabels, limit, asOf: asOfFromQuery(request.query) });
  });

  app.get('/api/maps/:map/stats', { schema: getStats }, async (request) => service.stats(request.params.map, request.viewer.hiddenLabels, asOfFromQuery(request.query)));

  app.get('/api/maps/:map/nodes/:id/neighbourhood', { schema: getNeighbourhood }, async (request) => {
    const { depth, limit, types, tieTypes } = request.query;
    return service.neighbourhood(request.params.map, request.params.id, { depth, limit, types: types ?? null, tieTypes: tieTypes ?? null, hidden: request.viewer.hiddenLabels, asOf: asOfFromQuery(request.query) });
  });

  app.get('/api/maps/:map/paths', { schema: findPaths }, async (request) => {
    const { from, to, tieTypes, all, maxLength } = request.query;
    return service.paths(request.params.map, from, to, { tieTypes: tieTypes ?? null, all, maxLength, hidden: request.viewer.hiddenLabels, asOf: asOfFromQuery(request.query) });
  });

  app.get('/api/maps/:map/themes/:id', { schema: getTheme }, async (request) => service.theme(request.params.map, request.params.id, request.viewer.hiddenLabels, asOfFromQuery(request.query)));

  app.get('/api/maps/:map/subgraph', { schema: getSubgraph }, async (request) => service.subgraph(request.params.map, request.query, request.viewer.hiddenLabels, asOfFromQuery(request.query)));
};
