/** HTTP for reading the graph: health, the whole (or filtered) graph, one node. */
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../errors.ts';
import type { GraphRepository } from '../repositories/graphRepository.ts';
import type { EntityService } from '../services/entityService.ts';

const Id = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9:_.-]{0,199}$', description: 'A node id, e.g. org-providence-house' });

export const graphRoutes: FastifyPluginAsyncTypebox<{ repository: GraphRepository; databaseUri: string; entities: EntityService }> = async (app, { repository, databaseUri, entities }) => {
  app.get('/api/health', {
    schema: { response: { 200: Type.Object({ status: Type.Literal('ok'), neo4j: Type.Object({ uri: Type.String(), nodes: Type.Integer(), ties: Type.Integer() }) }) } },
  }, async () => {
    const counts = await repository.counts();
    return { status: 'ok' as const, neo4j: { uri: databaseUri, ...counts } };
  });

  app.get('/api/graph', {
    schema: { querystring: Type.Object({ alliance: Type.Optional(Id), area: Type.Optional(Id) }, { additionalProperties: false }) },
  }, async (request) => {
    const { alliance, area } = request.query;
    if (alliance && !(await repository.exists(alliance, 'Alliance'))) throw new NotFoundError(`No alliance has the id "${alliance}".`);
    if (area && !(await repository.exists(area, 'Area'))) throw new NotFoundError(`No area has the id "${area}".`);
    return repository.graph({ alliance, area, hidden: request.viewer.hiddenLabels });
  });

  app.get('/api/nodes/:id', {
    schema: { params: Type.Object({ id: Id }) },
  }, async (request) => {
    const details = await repository.node(request.params.id, request.viewer.hiddenLabels);
    if (!details) throw new NotFoundError(await entities.missingNodeMessage(request.params.id));
    return details;
  });
};
