/** HTTP for the directory: the review queue, a person's contact details, and a person's export and erasure. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { deleteContact, erasePerson, exportPerson, getContact, getReviewQueue, putContact } from '../contract/directory.ts';
import type { DirectoryService } from '../services/directoryService.ts';

export const directoryRoutes: FastifyPluginAsyncTypebox<{ service: DirectoryService }> = async (app, { service }) => {
  app.get('/api/maps/:map/review', { schema: getReviewQueue }, async (request) =>
    service.review(request.atlasMap, request.viewer, { stewardOnly: request.query.steward === 'me', limit: request.query.limit ?? 100 }));

  app.get('/api/maps/:map/people/:id/contact', { schema: getContact }, async (request) => service.contact(request.params.map, request.params.id, request.viewer));
  app.put('/api/maps/:map/people/:id/contact', { schema: putContact }, async (request) => service.putContact(request.params.map, request.params.id, request.body));
  app.delete('/api/maps/:map/people/:id/contact', { schema: deleteContact }, async (request) => service.deleteContact(request.params.map, request.params.id));

  app.get('/api/maps/:map/people/:id/export', { schema: exportPerson }, async (request) => service.exportPerson(request.params.map, request.params.id));
  app.post('/api/maps/:map/people/:id/erase', { schema: erasePerson }, async (request) => service.erasePerson(request.params.map, request.params.id, request.viewer));
};
