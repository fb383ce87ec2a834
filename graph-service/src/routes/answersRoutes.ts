/**
 * HTTP for the node panel's answers in one map: one node's answers, and the ties among several
 * chosen nodes, on the app's filters (query parameters named as in its address) like the analysis routes.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { STALE_MONTHS_PARAMETER } from '../analysis/index.ts';
import { getNodeAnswers, getTiesAmong } from '../contract/answers.ts';
import type { AnswersService } from '../services/answersService.ts';
import { base } from './analysisRoutes.ts';

export const answersRoutes: FastifyPluginAsyncTypebox<{ service: AnswersService }> = async (app, { service }) => {
  app.get('/api/maps/:map/nodes/:id/answers', { schema: getNodeAnswers }, async (request) => {
    const { introductions, ...query } = request.query;
    // The stale list's age is the map's freshness age, as in the Gaps panel.
    const gapParameters = { [STALE_MONTHS_PARAMETER]: request.atlasMap.freshnessMonths };
    return service.node(request.params.map, request.params.id, { ...base(request, query), introductions, gapParameters });
  });

  app.get('/api/maps/:map/answers/ties-among', { schema: getTiesAmong }, async (request) => {
    const { ids, ...query } = request.query;
    return service.tiesAmong(request.params.map, ids, base(request, query));
  });
};
