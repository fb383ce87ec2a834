/** HTTP for reading the graph: health, the whole (or filtered) graph, one node. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getGraph, getHealth, getNode } from '../contract/graph.ts';
import type { GraphService } from '../services/graphService.ts';

export const graphRoutes: FastifyPluginAsyncTypebox<{ service: GraphService }> = async (app, { service }) => {
  app.get('/api/health', { schema: getHealth }, async () => service.health());

  app.get('/api/graph', { schema: getGraph }, async (request) => service.graph(request.query, request.viewer.hiddenLabels));

  app.get('/api/nodes/:id', { schema: getNode }, async (request) => service.node(request.params.id, request.viewer.hiddenLabels));
};
