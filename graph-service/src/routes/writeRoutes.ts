/** HTTP for changing the graph: nodes, ties and organisation merges. Every write needs an editor. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createNode, createTie, deleteNode, deleteTie, getTie, mergeOrganisations, updateNode, updateTie } from '../contract/writes.ts';
import { UnauthorizedError } from '../errors.ts';
import type { EntityService } from '../services/entityService.ts';

export const writeRoutes: FastifyPluginAsyncTypebox<{ service: EntityService }> = async (app, { service }) => {
  app.addHook('preHandler', async (request) => {
    if (!request.viewer.mayWrite) throw new UnauthorizedError();
  });

  app.post('/api/nodes', { schema: createNode }, async (request, reply) => reply.status(201).send(await service.createNode(request.body)));
  app.patch('/api/nodes/:id', { schema: updateNode }, async (request) => service.updateNode(request.params.id, request.body));
  app.delete('/api/nodes/:id', { schema: deleteNode }, async (request) => service.deleteNode(request.params.id, request.query.version));
  app.post('/api/organisations/merge', { schema: mergeOrganisations }, async (request) => service.mergeOrganisations(request.body.survivor, request.body.merged));

  app.get('/api/ties/:id', { schema: getTie }, async (request) => service.tie(request.params.id));
  app.post('/api/ties', { schema: createTie }, async (request, reply) => reply.status(201).send(await service.createTie(request.body)));
  app.patch('/api/ties/:id', { schema: updateTie }, async (request) => service.updateTie(request.params.id, request.body));
  app.delete('/api/ties/:id', { schema: deleteTie }, async (request) => service.deleteTie(request.params.id, request.query.version));
};
