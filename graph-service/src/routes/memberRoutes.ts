/** HTTP for a map's members (the map's admins): list, add by e-mail, set role and stewardship, remove. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addMember, listMembers, removeMember, setMember } from '../contract/accounts.ts';
import type { MemberService } from '../services/memberService.ts';

export const memberRoutes: FastifyPluginAsyncTypebox<{ service: MemberService }> = async (app, { service }) => {
  app.get('/api/maps/:map/members', { schema: listMembers }, async (request) => service.list(request.params.map));
  app.post('/api/maps/:map/members', { schema: addMember }, async (request, reply) =>
    reply.status(201).send(await service.add(request.params.map, request.body.email, request.body.role, request.body.stewardOf)));
  app.put('/api/maps/:map/members/:accountId', { schema: setMember }, async (request) =>
    service.set(request.params.map, request.params.accountId, request.body.role, request.body.stewardOf));
  app.delete('/api/maps/:map/members/:accountId', { schema: removeMember }, async (request) => service.remove(request.params.map, request.params.accountId));
};
