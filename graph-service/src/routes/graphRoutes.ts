/** HTTP for reading the graph: the service's health, a map's whole (or filtered) graph, one of its nodes. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getGraph, getHealth, getNode } from '../contract/graph.ts';
import type { DirectoryService } from '../services/directoryService.ts';
import type { GraphService } from '../services/graphService.ts';
import { asOfFromQuery } from './asOf.ts';

export const graphRoutes: FastifyPluginAsyncTypebox<{ service: GraphService; contacts: Pick<DirectoryService, 'contactFor'> }> = async (app, { service, contacts }) => {
  app.get('/api/health', { schema: getHealth }, async () => service.health());

  app.get('/api/maps/:map/graph', { schema: getGraph }, async (request) => service.graph(request.params.map, request.query, request.viewer.hiddenLabels, asOfFromQuery(request.query)));

  // A person's panel carries their contact details for callers who see contacts, and nothing about them for anyone else.
  app.get('/api/maps/:map/nodes/:id', { schema: getNode }, async (request) => {
    const details = await service.node(request.params.map, request.params.id, request.viewer.hiddenLabels, asOfFromQuery(request.query));
    if (details.node.nodeType !== 'Person') return details;
    const contact = await contacts.contactFor(request.params.map, request.params.id, request.viewer);
    return contact === undefined ? details : { ...details, contact };
  });
};
