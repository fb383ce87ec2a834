/** HTTP for the probes: liveness answers without the database, readiness asks it (contract/health.ts). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getLiveness, getReadiness } from '../contract/health.ts';
import type { HealthService } from '../services/healthService.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<{ service: HealthService }> = async (app, { service }) => {
  app.get('/api/health/live', { schema: getLiveness }, async () => ({ status: 'live' as const }));
  app.get('/api/health/ready', { schema: getReadiness }, async () => service.ready());
};
