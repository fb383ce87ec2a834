/** HTTP for changing the graph: nodes, ties and organisation merges. Every write needs an editor. */
import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { UnauthorizedError } from '../errors.ts';
import type { EntityService } from '../services/entityService.ts';
import {
  EntitySchema, NodeCreateBody, NodeId, NodeUpdateBody, TieCreateBody, TieId, TieSchema, TieUpdateBody,
  VersionedRef, VersionQuery, writeErrors,
} from './schemas.ts';

export const writeRoutes: FastifyPluginAsyncTypebox<{ service: EntityService }> = async (app, { service }) => {
  app.addHook('preHandler', async (request) => {
    if (!request.viewer.mayWrite) throw new UnauthorizedError();
  });

  app.post('/api/nodes', {
    schema: { summary: 'Create an organisation, person, theme, partnership, event, area or alliance', body: NodeCreateBody, response: { 201: EntitySchema, ...writeErrors } },
  }, async (request, reply) => reply.status(201).send(await service.createNode(request.body)));

  app.patch('/api/nodes/:id', {
    schema: { summary: 'Change some fields of a node, based on the version you read', params: Type.Object({ id: NodeId }), body: NodeUpdateBody, response: { 200: EntitySchema, ...writeErrors } },
  }, async (request) => service.updateNode(request.params.id, request.body));

  app.delete('/api/nodes/:id', {
    schema: {
      summary: 'Delete a node and its ties, based on the version you read',
      params: Type.Object({ id: NodeId }), querystring: VersionQuery,
      response: { 200: Type.Object({ deleted: Type.String(), ties: Type.Integer() }), ...writeErrors },
    },
  }, async (request) => service.deleteNode(request.params.id, request.query.version));

  app.post('/api/organisations/merge', {
    schema: {
      summary: 'Merge two organisations that are really one: ties move to the survivor, the other name becomes an alias',
      body: Type.Object({ survivor: VersionedRef, merged: VersionedRef }, { additionalProperties: false }),
      response: {
        200: Type.Object({ node: EntitySchema, movedTies: Type.Integer(), combinedTies: Type.Integer(), droppedTies: Type.Array(Type.String()) }),
        ...writeErrors,
      },
    },
  }, async (request) => service.mergeOrganisations(request.body.survivor, request.body.merged));

  app.get('/api/ties/:id', {
    // Reading a tie is not a write, but it lives here with the other tie routes; editors only, like them.
    schema: { summary: 'One tie with its properties and version', params: Type.Object({ id: TieId }), response: { 200: TieSchema, ...writeErrors } },
  }, async (request) => service.tie(request.params.id));

  app.post('/api/ties', {
    schema: { summary: 'Create a tie between two nodes, with its source and dates', body: TieCreateBody, response: { 201: TieSchema, ...writeErrors } },
  }, async (request, reply) => reply.status(201).send(await service.createTie(request.body)));

  app.patch('/api/ties/:id', {
    schema: { summary: 'Change some fields of a tie, based on the version you read', params: Type.Object({ id: TieId }), body: TieUpdateBody, response: { 200: TieSchema, ...writeErrors } },
  }, async (request) => service.updateTie(request.params.id, request.body));

  app.delete('/api/ties/:id', {
    schema: {
      summary: 'Delete a tie, based on the version you read',
      params: Type.Object({ id: TieId }), querystring: VersionQuery,
      response: { 200: Type.Object({ deleted: Type.String() }), ...writeErrors },
    },
  }, async (request) => service.deleteTie(request.params.id, request.query.version));
};
