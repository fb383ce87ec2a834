/** HTTP for reading the graph: the service's health, a map's whole (or filtered) graph, one of its nodes. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getGraph, getHealth, getNode } from '../contract/graph.ts';
import type { DirectoryService } from '../services/directoryService.ts';
import type { GraphService } from '../services/graphService.ts';
import { stillCurrent, takesGzip, type GraphPayloads } from '../services/graphPayloads.ts';
import { asOfFromQuery } from './asOf.ts';

export const graphRoutes: FastifyPluginAsyncTypebox<{ service: GraphService; payloads: GraphPayloads; contacts: Pick<DirectoryService, 'contactFor'> }> = async (app, { service, payloads, contacts }) => {
  app.get('/api/health', { schema: getHealth }, async () => service.health());

  // What the app loads first: served from the map's cached, compressed copy; a caller whose copy is current gets 304.
  app.get('/api/maps/:map/graph', { schema: getGraph }, async (request, reply) => {
    const { map } = request.params;
    const asOf = asOfFromQuery(request.query);
    const hidden = request.viewer.hiddenLabels;
    const etag = await payloads.etag({ map, hidden, alliance: request.query.alliance, area: request.query.area, asOf });
    // Private: the answer depends on who asks; no-cache: a browser asks again each time, with its ETag.
    reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding, cookie, authorization');
    if (stillCurrent(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
    const payload = await payloads.payload(etag, async () => reply.serialize(await service.graph(map, request.query, hidden, asOf)));
    reply.type('application/json; charset=utf-8');
    // The bytes were made by this route's own serialiser (the contract's schema), so they go out as they are.
    const gzipped = takesGzip(request.headers['accept-encoding']);
    if (gzipped) reply.header('content-encoding', 'gzip');
    return reply.send((gzipped ? payload.gzip : payload.json) as never);
  });

  // A person's panel carries their contact details for callers who see contacts, and nothing about them for anyone else.
  app.get('/api/maps/:map/nodes/:id', { schema: getNode }, async (request) => {
    const details = await service.node(request.params.map, request.params.id, request.viewer.hiddenLabels, asOfFromQuery(request.query));
    if (details.node.nodeType !== 'Person') return details;
    const contact = await contacts.contactFor(request.params.map, request.params.id, request.viewer);
    return contact === undefined ? details : { ...details, contact };
  });
};
