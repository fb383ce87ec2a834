/**
 * The network over time for one map as Neo4j holds it: two dates compared and the growth trend,
 * by the pure analysis in analysis/time over the graph the analysis service loads (people left out
 * without the editor key).
 */
import { NO_SCOPE_FILTERS, type AnalysisOptions, type ScopeFilters } from '../analysis/index.ts';
import { compareDates, DateOrderError, growthTrend, type Comparison, type GrowthTrend, type TrendBy } from '../analysis/time/index.ts';
import { BadRequestError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import { asOfDay } from '../model/time.ts';
import type { AnalysisService } from './analysisService.ts';

export interface TimeRequest extends AnalysisOptions {
  hidden?: NodeLabel[];
  /** The scope filters; their `asOf` is ignored (the dates are the request's own). */
  filters?: ScopeFilters;
}

export class TimeService {
  constructor(private readonly analysis: AnalysisService) {}

  async compare(map: string, from: string, to: string, request: TimeRequest = {}): Promise<Comparison> {
    const { hidden, filters = NO_SCOPE_FILTERS, ...options } = request;
    const data = await this.analysis.load(map, hidden);
    try {
      return compareDates(data, filters, from, to, options);
    } catch (error) {
      // The analysis is pure, so its own error becomes the service's 400 here.
      if (error instanceof DateOrderError) throw new BadRequestError(error.message, [{ field: '/from', code: 'date_order', message: error.message }]);
      throw error;
    }
  }

  async growth(map: string, by: TrendBy, request: TimeRequest & { from?: string; to?: string } = {}): Promise<GrowthTrend> {
    const { hidden, filters = NO_SCOPE_FILTERS, from, to, ...options } = request;
    if (from && to && (asOfDay(from) ?? '') > (asOfDay(to) ?? '')) {
      const message = `"from" (${from}) is after "to" (${to}): give the earlier date as "from".`;
      throw new BadRequestError(message, [{ field: '/from', code: 'date_order', message }]);
    }
    return growthTrend(await this.analysis.load(map, hidden), filters, { ...options, by, from, to });
  }
}
