/** HTTP for the history: a map's and a node's changes, reverts, and "still true" confirmations. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { confirmNode, confirmTie, mapHistory, nodeHistory, revertChange, revertImport } from '../contract/history.ts';
import type { HistoryService } from '../services/historyService.ts';

export const historyRoutes: FastifyPluginAsyncTypebox<{ service: HistoryService }> = async (app, { service }) => {
  app.get('/api/maps/:map/history', { schema: mapHistory }, async (request) =>
    ({ changes: await service.forMap(request.params.map, request.viewer, request.query.limit ?? 100, request.query.before) }));
  app.get('/api/maps/:map/nodes/:id/history', { schema: nodeHistory }, async (request) =>
    ({ changes: await service.forNode(request.params.map, request.viewer, request.params.id, request.query.limit ?? 100) }));
  app.post('/api/maps/:map/changes/:id/revert', { schema: revertChange }, async (request) => service.revert(request.params.map, request.viewer.actor, request.params.id));
  app.post('/api/maps/:map/imports/:importId/revert', { schema: revertImport }, async (request) => service.revertImport(request.params.map, request.viewer.actor, request.params.importId));
  app.post('/api/maps/:map/nodes/:id/confirm', { schema: confirmNode }, async (request) => service.confirmNode(request.params.map, request.viewer, request.params.id));
  app.post('/api/maps/:map/ties/:id/confirm', { schema: confirmTie }, async (request) => service.confirmTie(request.params.map, request.viewer, request.params.id));
};
