/** HTTP for a map's saved views: list (anyone who sees the map), save, change and delete (editors). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from '../contract/savedViews.ts';
import type { SavedViewsService } from '../services/savedViewsService.ts';

export const savedViewsRoutes: FastifyPluginAsyncTypebox<{ service: SavedViewsService }> = async (app, { service }) => {
  app.get('/api/maps/:map/views', { schema: listSavedViews }, async (request) => service.list(request.params.map));
  app.post('/api/maps/:map/views', { schema: createSavedView }, async (request, reply) => reply.code(201).send(await service.create(request.params.map, request.body)));
  app.put('/api/maps/:map/views/:view', { schema: updateSavedView }, async (request) => service.update(request.params.map, request.params.view, request.body));
  app.delete('/api/maps/:map/views/:view', { schema: deleteSavedView }, async (request) => service.delete(request.params.map, request.params.view));
};
