/**
 * HTTP for the analysis: clusters, gap lists, what-if, health, and the printable health report.
 * Query parameters are validated from TypeBox schemas; gap parameters come from the detector
 * registry, so a new detector's parameters are accepted and documented without touching this file.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { DEFAULT_PROJECTION_WEIGHTS, DEFAULT_SEED, GAP_DETECTORS, GAP_PARAMETERS, resolveWeights, type ProjectionWeights } from '../analysis/index.ts';
import type { NodeLabel } from '../model/model.ts';
import type { AnalysisService } from '../services/analysisService.ts';

class BadRequestError extends Error {
  readonly statusCode = 400;
  constructor(message: string, readonly fields: { field: string; message: string }[]) {
    super(message);
    this.name = 'Bad Request';
  }
}

const Id = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9:_.-]{0,199}$', description: 'An organisation id, e.g. org-providence-house' });
const WEIGHT_KINDS = Object.keys(DEFAULT_PROJECTION_WEIGHTS);
const common = {
  resolution: Type.Optional(Type.Number({ minimum: 0.01, maximum: 10, default: 1, description: 'Louvain resolution: above 1 gives more, smaller clusters' })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647, default: DEFAULT_SEED, description: 'Seed of the Louvain random walk; same seed, same clusters' })),
  weights: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z]+:[0-9]+(\\.[0-9]+)?(,[A-Za-z]+:[0-9]+(\\.[0-9]+)?)*$',
      description: `Override projection weights, e.g. "people:0.5,event:0". Kinds: ${WEIGHT_KINDS.join(', ')}`,
    }),
  ),
  asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date (YYYY-MM-DD) that decides ended ties and stale records; default today' })),
};
const gapParameters: Record<string, TSchema> = Object.fromEntries(
  Object.values(GAP_PARAMETERS).map((p) => [
    p.name,
    Type.Optional(
      p.type === 'integer'
        ? Type.Integer({ minimum: p.min, maximum: p.max, default: p.default, description: p.description })
        : Type.Number({ minimum: p.min, maximum: p.max, default: p.default, description: p.description }),
    ),
  ]),
);

function parseWeights(text: string | undefined): Partial<ProjectionWeights> | undefined {
  if (!text) return undefined;
  const weights: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [kind, value] = part.split(':');
    weights[kind] = Number(value);
  }
  try {
    resolveWeights(weights);
  } catch (error) {
    throw new BadRequestError((error as Error).message, [{ field: '/weights', message: (error as Error).message }]);
  }
  return weights;
}

/** Labels this caller may not see (set by the access hook when the service has an editor key). */
function hiddenFor(request: FastifyRequest): NodeLabel[] {
  return (request as FastifyRequest & { viewer?: { hiddenLabels?: NodeLabel[] } }).viewer?.hiddenLabels ?? [];
}

function pickGapParameters(query: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.keys(GAP_PARAMETERS).filter((k) => typeof query[k] === 'number').map((k) => [k, query[k] as number]));
}

export const analysisRoutes: FastifyPluginAsyncTypebox<{ service: AnalysisService }> = async (app, { service }) => {
  const base = (request: FastifyRequest, query: { resolution?: number; seed?: number; weights?: string; asOf?: string }) => ({
    hidden: hiddenFor(request),
    resolution: query.resolution,
    seed: query.seed,
    weights: parseWeights(query.weights),
    asOf: query.asOf,
  });

  app.get('/api/analysis/clusters', {
    schema: { summary: 'Clusters of the organisation network (Louvain)', querystring: Type.Object(common, { additionalProperties: false }) },
  }, async (request) => service.clusters(base(request, request.query)));

  app.get('/api/analysis/detectors', {
    schema: { summary: 'The gap lists and their parameters' },
  }, async () => ({ detectors: GAP_DETECTORS.map(({ id, title, description, parameters }) => ({ id, title, description, parameters })) }));

  app.get('/api/analysis/gaps', {
    schema: {
      summary: 'Every gap list (or those named in `only`), with a one-line reason per item',
      querystring: Type.Object(
        { ...common, ...gapParameters, only: Type.Optional(Type.String({ pattern: '^[a-z-]+(,[a-z-]+)*$', description: `Comma-separated detector ids: ${GAP_DETECTORS.map((d) => d.id).join(', ')}` })) },
        { additionalProperties: false },
      ),
    },
  }, async (request) => {
    const query = request.query as Record<string, unknown> & { only?: string };
    const only = query.only?.split(',');
    const unknown = only?.filter((id) => !GAP_DETECTORS.some((d) => d.id === id)) ?? [];
    if (unknown.length) throw new BadRequestError(`Unknown gap list "${unknown[0]}".`, [{ field: '/only', message: `known: ${GAP_DETECTORS.map((d) => d.id).join(', ')}` }]);
    const gaps = await service.gaps({ ...base(request, request.query), parameters: pickGapParameters(query), only });
    return { gaps };
  });

  app.get('/api/analysis/what-if', {
    schema: {
      summary: 'What if an organisation closes or loses its funding',
      querystring: Type.Object(
        {
          remove: Id,
          mode: Type.Optional(Type.Union([Type.Literal('closes'), Type.Literal('loses-funding')], { default: 'closes' })),
          maxSteps: gapParameters.maxSteps,
          minActiveOrganisations: gapParameters.minActiveOrganisations,
          weights: common.weights,
          asOf: common.asOf,
        },
        { additionalProperties: false },
      ),
    },
  }, async (request) => {
    const query = request.query as { remove: string; mode?: 'closes' | 'loses-funding'; maxSteps?: number; minActiveOrganisations?: number; weights?: string; asOf?: string };
    return service.whatIf(query.remove, query.mode ?? 'closes', {
      ...base(request, query),
      maxSteps: query.maxSteps,
      minActiveOrganisations: query.minActiveOrganisations,
    });
  });

  app.get('/api/analysis/health', {
    schema: { summary: 'Network health figures', querystring: Type.Object(common, { additionalProperties: false }) },
  }, async (request) => service.health(base(request, request.query)));

  app.get('/api/reports/health', {
    schema: {
      summary: 'The one-page printable network health report (HTML)',
      querystring: Type.Object({ ...common, ...gapParameters }, { additionalProperties: false }),
    },
  }, async (request, reply) => {
    const html = await service.report({ ...base(request, request.query), parameters: pickGapParameters(request.query as Record<string, unknown>) });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
};
