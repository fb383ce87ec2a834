/** HTTP for maps as a whole: the list, one map's record, duplicate, layout and copying a node across maps. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { copyNodeToMap, createMap, deleteMap, duplicateMap, getMap, getMapLayout, listMaps, saveMapLayout, updateMap } from '../contract/maps.ts';
import { ForbiddenError } from '../errors.ts';
import { mayEdit } from '../model/roles.ts';
import type { AccessService } from '../services/accessService.ts';
import type { MapService } from '../services/mapService.ts';

export const mapRoutes: FastifyPluginAsyncTypebox<{ service: MapService; access: AccessService }> = async (app, { service, access }) => {
  // Duplicating a map and copying a node out of it leave the map itself unchanged, so an archived map allows them.
  const readsThisMap = { config: { reads: true } };

  app.get('/api/maps', { schema: listMaps }, async (request) => service.list(request.query.archived === true, request.viewer.hiddenLabels, (maps) => access.visibleMaps(request.identity, maps)));
  app.post('/api/maps', { schema: createMap }, async (request, reply) => {
    const made = await service.create(request.body);
    await access.madeMap(request.identity, made.id);
    return reply.status(201).send(made);
  });

  // With the caller's level and stewardships in this map, so the app shows only what the service would allow.
  app.get('/api/maps/:map', { schema: getMap }, async (request) => ({
    ...(await service.get(request.params.map, request.viewer.hiddenLabels)),
    access: { level: request.viewer.level, stewardOf: [...request.viewer.stewardOf] },
  }));
  app.patch('/api/maps/:map', { schema: updateMap }, async (request) => service.update(request.params.map, request.body.version, request.body.changes));
  app.delete('/api/maps/:map', { schema: deleteMap }, async (request) => service.delete(request.params.map, request.query.version));

  app.post('/api/maps/:map/duplicate', { schema: duplicateMap, ...readsThisMap }, async (request, reply) => {
    const made = await service.duplicate(request.params.map, request.viewer.actor, request.body);
    await access.madeMap(request.identity, made.map.id);
    return reply.status(201).send(made);
  });
  app.get('/api/maps/:map/layout', { schema: getMapLayout }, async (request) => service.layout(request.params.map));
  app.put('/api/maps/:map/layout', { schema: saveMapLayout }, async (request) => service.saveLayout(request.params.map, request.body.positions));
  app.post('/api/maps/:map/nodes/:id/copy', { schema: copyNodeToMap, ...readsThisMap }, async (request, reply) => {
    // Copying into another map changes that map: it needs the editor role there too.
    if (!mayEdit((await access.inMapById(request.identity, request.body.to)).level)) {
      throw new ForbiddenError('editor', `Copying into "${request.body.to}" needs the editor role in that map; ask one of its admins.`);
    }
    return reply.status(201).send(await service.copyNode(request.params.map, request.viewer.actor, request.params.id, request.body.to));
  });
};
