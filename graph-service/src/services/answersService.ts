/**
 * The node panel's answers on one map (analysis/answers), on what the caller's filters leave and
 * as the caller may see it (people hidden from the public), through the analysis service's scope.
 * A node the map does not hold, or the caller may not see, is 404; one the filters leave out is
 * 404 saying so.
 */
import { nodeAnswers, tiesAmong, UnknownNodeError, type NodeAnswers, type TiesAmongAnswer } from '../analysis/answers/index.ts';
import type { ScopeSummary } from '../analysis/index.ts';
import { NotFoundError } from '../errors.ts';
import type { AnalysisRequest, AnalysisService } from './analysisService.ts';

type Scoped<T> = T & { scope: ScopeSummary };

export class AnswersService {
  constructor(private readonly analysis: AnalysisService) {}

  async node(map: string, id: string, request: AnalysisRequest & { introductions?: number; gapParameters?: Record<string, number> } = {}): Promise<Scoped<NodeAnswers>> {
    const { introductions, gapParameters, ...rest } = request;
    const { context, scope, data } = await this.analysis.scoped(map, rest);
    if (!data.hasNode(id)) throw new NotFoundError(`No node has the id "${id}" in this map.`);
    try {
      return { ...nodeAnswers(context, id, { introductions, gapParameters }), scope };
    } catch (error) {
      // The analysis is pure (the app's worker runs it too), so its own error becomes the service's 404 here.
      if (error instanceof UnknownNodeError) throw new NotFoundError(`"${id}" is not among those analysed: ${scope.description}.`);
      throw error;
    }
  }

  async tiesAmong(map: string, ids: string[], request: AnalysisRequest = {}): Promise<Scoped<TiesAmongAnswer>> {
    const { context, scope, data } = await this.analysis.scoped(map, request);
    const unknown = ids.find((id) => !data.hasNode(id));
    if (unknown) throw new NotFoundError(`No node has the id "${unknown}" in this map.`);
    return { ...tiesAmong(context, ids), scope };
  }
}
