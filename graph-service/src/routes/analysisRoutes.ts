/**
 * HTTP for the analysis of one map: clusters, gap lists, what-if, health, and the printable health
 * report, each on what the app's filters (query parameters named as in its address) leave, each
 * answer saying what it analysed (`scope`). The query schemas (in the contract) come from the
 * detector registry, so a new detector's parameters are accepted and documented without touching this file.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { GAP_DETECTORS, GAP_PARAMETERS, STALE_MONTHS_PARAMETER, resolveWeights, scopeFromQuery, type ProjectionWeights, type ScopeFilters, type ScopeQuery } from '../analysis/index.ts';
import { getClusters, getGaps, getHealthReport, getNetworkHealth, getWhatIf, listDetectors } from '../contract/analysis.ts';
import { BadRequestError } from '../errors.ts';
import { isDate } from '../model/dates.ts';
import type { AnalysisService } from '../services/analysisService.ts';

export function parseWeights(text: string | undefined): Partial<ProjectionWeights> | undefined {
  if (!text) return undefined;
  const weights: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [kind, value] = part.split(':');
    weights[kind] = Number(value);
  }
  try {
    resolveWeights(weights);
  } catch (error) {
    const message = (error as Error).message;
    throw new BadRequestError(message, [{ field: '/weights', code: 'not_allowed', message }]);
  }
  return weights;
}

/** The gap parameters asked for; the stale list's age is the map's freshness age unless one is given. */
function pickGapParameters(request: FastifyRequest, query: Record<string, unknown>): Record<string, number> {
  const given = Object.fromEntries(Object.keys(GAP_PARAMETERS).filter((k) => typeof query[k] === 'number').map((k) => [k, query[k] as number]));
  return { [STALE_MONTHS_PARAMETER]: request.atlasMap.freshnessMonths, ...given };
}

function parseOnly(text: string | undefined): string[] | undefined {
  const only = text?.split(',');
  const unknown = only?.filter((id) => !GAP_DETECTORS.some((d) => d.id === id)) ?? [];
  if (unknown.length) {
    throw new BadRequestError(`Unknown gap list "${unknown[0]}".`, [{ field: '/only', code: 'not_allowed', message: `Known gap lists: ${GAP_DETECTORS.map((d) => d.id).join(', ')}.` }]);
  }
  return only;
}

/**
 * The filters; the schema checks their shape, the model's date type that the date is on the
 * calendar (no 31 February). The date is the network's and the analysis's "as of".
 */
function parseScope(query: ScopeQuery): ScopeFilters {
  if (query.asOf !== undefined && !isDate(query.asOf)) {
    const message = `"asOf" is ${query.asOf}, which is not a real date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`;
    throw new BadRequestError(`The request was not accepted: ${message}`, [{ field: '/asOf', code: 'bad_date', message }]);
  }
  return scopeFromQuery(query);
}

export type AnalysisQuery = ScopeQuery & { resolution?: number; seed?: number; weights?: string };

export const base = (request: FastifyRequest, query: AnalysisQuery) => ({
  hidden: request.viewer.hiddenLabels,
  resolution: query.resolution,
  seed: query.seed,
  weights: parseWeights(query.weights),
  filters: parseScope(query),
  freshnessMonths: request.atlasMap.freshnessMonths,
});

export const analysisRoutes: FastifyPluginAsyncTypebox<{ service: AnalysisService }> = async (app, { service }) => {
  app.get('/api/maps/:map/analysis/clusters', { schema: getClusters }, async (request) => service.clusters(request.params.map, base(request, request.query)));

  app.get('/api/analysis/detectors', { schema: listDetectors }, async () => service.detectors());

  app.get('/api/maps/:map/analysis/gaps', { schema: getGaps }, async (request) => {
    const query = request.query as Record<string, unknown> & AnalysisQuery & { only?: string };
    const only = parseOnly(query.only);
    return service.gaps(request.params.map, { ...base(request, query), parameters: pickGapParameters(request, query), only });
  });

  app.get('/api/maps/:map/analysis/what-if', { schema: getWhatIf }, async (request) => {
    const query = request.query as AnalysisQuery & { remove: string; mode?: 'closes' | 'loses-funding'; maxSteps?: number; minActiveOrganisations?: number };
    return service.whatIf(request.params.map, query.remove, query.mode ?? 'closes', { ...base(request, query), maxSteps: query.maxSteps, minActiveOrganisations: query.minActiveOrganisations });
  });

  app.get('/api/maps/:map/analysis/health', { schema: getNetworkHealth }, async (request) => service.health(request.params.map, base(request, request.query)));

  app.get('/api/maps/:map/reports/health', { schema: getHealthReport }, async (request, reply) => {
    const query = request.query as Record<string, unknown> & AnalysisQuery;
    const html = await service.report(request.params.map, { ...base(request, query), parameters: pickGapParameters(request, query), title: request.atlasMap.title });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
};
