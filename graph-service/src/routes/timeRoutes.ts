/**
 * HTTP for the network over time in one map: two dates compared, and the growth trend. Dates are
 * checked against the calendar here (the schema checks their shape), as the analysis routes check `asOf`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { scopeFromQuery, type ScopeQuery } from '../analysis/index.ts';
import { getCompare, getGrowth } from '../contract/time.ts';
import { BadRequestError } from '../errors.ts';
import { isDate } from '../model/dates.ts';
import type { TimeService } from '../services/timeService.ts';
import { parseWeights } from './analysisRoutes.ts';

/** A date parameter that is on the calendar (no 31 February), else 400 `bad_date` naming it. */
function checkDate(field: string, value: string | undefined): void {
  if (value === undefined || isDate(value)) return;
  const message = `"${field}" is ${value}, which is not a real date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`;
  throw new BadRequestError(`The request was not accepted: ${message}`, [{ field: `/${field}`, code: 'bad_date', message }]);
}

type TimeQuery = Omit<ScopeQuery, 'asOf'> & { resolution?: number; seed?: number; weights?: string };

const options = (query: TimeQuery) => ({ resolution: query.resolution, seed: query.seed, weights: parseWeights(query.weights), filters: scopeFromQuery({ ...query, asOf: undefined }) });

export const timeRoutes: FastifyPluginAsyncTypebox<{ service: TimeService }> = async (app, { service }) => {
  app.get('/api/maps/:map/compare', { schema: getCompare }, async (request) => {
    const { from, to } = request.query;
    checkDate('from', from);
    checkDate('to', to);
    return service.compare(request.params.map, from, to, { ...options(request.query), hidden: request.viewer.hiddenLabels });
  });

  app.get('/api/maps/:map/analysis/growth', { schema: getGrowth }, async (request) => {
    const { from, to, by = 'quarter' } = request.query;
    checkDate('from', from);
    checkDate('to', to);
    return service.growth(request.params.map, by, { ...options(request.query), from, to, hidden: request.viewer.hiddenLabels });
  });
};
