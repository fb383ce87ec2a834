/** HTTP for changing a map's graph: nodes, ties and organisation merges. What each route needs is in its contract (`needs`), checked by the one hook in app.ts. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createNode, createTie, deleteNode, deleteTie, getTie, mergeOrganisations, updateNode, updateTie } from '../contract/writes.ts';
import type { EntityService } from '../services/entityService.ts';
import { Stewardship } from '../services/stewardship.ts';

export const writeRoutes: FastifyPluginAsyncTypebox<{ service: EntityService }> = async (app, { service }) => {
  // Routes that need('steward') let a steward through the hook; this checks it is their organisation's.
  const stewardship = new Stewardship(service);
  app.post('/api/maps/:map/nodes', { schema: createNode }, async (request, reply) => reply.status(201).send(await service.createNode(request.params.map, request.viewer.actor, request.body)));
  app.patch('/api/maps/:map/nodes/:id', { schema: updateNode }, async (request) => {
    stewardship.node(request.viewer, request.params.id);
    return service.updateNode(request.params.map, request.viewer.actor, request.params.id, request.body);
  });
  app.delete('/api/maps/:map/nodes/:id', { schema: deleteNode }, async (request) => service.deleteNode(request.params.map, request.viewer.actor, request.params.id, request.query.version));
  app.post('/api/maps/:map/organisations/merge', { schema: mergeOrganisations }, async (request) => service.mergeOrganisations(request.params.map, request.viewer.actor, request.body.survivor, request.body.merged));

  app.get('/api/maps/:map/ties/:id', { schema: getTie }, async (request) => service.tie(request.params.map, request.params.id));
  app.post('/api/maps/:map/ties', { schema: createTie }, async (request, reply) => {
    stewardship.newTie(request.viewer, request.body.from, request.body.to);
    return reply.status(201).send(await service.createTie(request.params.map, request.viewer.actor, request.body));
  });
  app.patch('/api/maps/:map/ties/:id', { schema: updateTie }, async (request) => {
    await stewardship.tie(request.viewer, request.params.map, request.params.id);
    return service.updateTie(request.params.map, request.viewer.actor, request.params.id, request.body);
  });
  app.delete('/api/maps/:map/ties/:id', { schema: deleteTie }, async (request) => {
    await stewardship.tie(request.viewer, request.params.map, request.params.id);
    return service.deleteTie(request.params.map, request.viewer.actor, request.params.id, request.query.version);
  });
};
