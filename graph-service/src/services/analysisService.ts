/**
 * Runs the pure analysis (src/analysis) on one map as Neo4j holds it now, on the part of it the
 * caller's filters leave (analysis/scope.ts: the same rule as the app's map), and says what it
 * analysed. Reads the map's graph through GraphRepository as the app does (people left out without
 * the editor key) and answers clusters, gap lists, what-if and health, or the printable report.
 */
import Graph from 'graphology';
import {
  analysisContext,
  freshnessFigure,
  GAP_DETECTORS,
  NO_SCOPE_FILTERS,
  networkHealth,
  runGaps,
  scopeOf,
  whatIf,
  type AnalysisContext,
  type AnalysisOptions,
  type AtlasEdgeAttributes,
  type AtlasGraph,
  type AtlasNodeAttributes,
  type ClusterResult,
  type FreshnessFigure,
  type GapList,
  type GapParameter,
  type HealthSummary,
  type ScopeFilters,
  type ScopeSummary,
  type WhatIfMode,
  type WhatIfResult,
  UnknownOrganisationError,
  ClusterMemories,
  clusterMemoryKey,
} from '../analysis/index.ts';
import { NotFoundError } from '../errors.ts';
import { DEFAULT_FRESHNESS_MONTHS } from '../model/freshness.ts';
import type { MapPositions } from '../model/maps.ts';
import type { NodeLabel } from '../model/model.ts';
import type { GraphRepository } from '../repositories/graphRepository.ts';
import { renderHealthReport } from '../report/healthReport.ts';
import { reportTrend } from '../report/trendSection.ts';

export interface AnalysisRequest extends AnalysisOptions {
  /** Node labels the caller may not see; their nodes and ties are left out before analysing. */
  hidden?: NodeLabel[];
  /** The app's filters: only what they leave is analysed. */
  filters?: ScopeFilters;
  /** The map's freshness age, for its freshness figure. */
  freshnessMonths?: number;
}

type Scoped<T> = T & { scope: ScopeSummary };

interface ScopedContext {
  context: AnalysisContext;
  scope: ScopeSummary;
  graph: AtlasGraph;
  options: AnalysisOptions;
  /** The map's whole graph, before the filters. */
  data: AtlasGraph;
}

/** Where the report's picture finds the map's saved layout (MapRepository). */
export interface SavedLayouts {
  layout(map: string): Promise<{ positions: MapPositions }>;
}

export class AnalysisService {
  /** `memories`: the last clusters of each map, shared with the exports so both draw the same clusters. */
  constructor(
    private readonly graphs: GraphRepository,
    private readonly layouts?: SavedLayouts,
    private readonly memories = new ClusterMemories(),
  ) {}

  /** The map's graph as the app loads it (`GET /api/maps/:map/graph`). */
  async load(map: string, hidden: NodeLabel[] = []): Promise<AtlasGraph> {
    const json = await this.graphs.graph(map, { hidden });
    return Graph.from(json as never) as unknown as Graph<AtlasNodeAttributes, AtlasEdgeAttributes>;
  }

  /** The analysed subgraph and its context; the filter's date, when there is one, is the "as of". */
  async scoped(map: string, request: AnalysisRequest): Promise<ScopedContext> {
    const { hidden, filters = NO_SCOPE_FILTERS, freshnessMonths: _months, ...rest } = request;
    const data = await this.load(map, hidden);
    const scope = scopeOf(data, filters, { asOf: rest.asOf });
    const key = clusterMemoryKey(map, hidden);
    const asOf = scope.asOf ?? rest.asOf;
    // A past date's clusters start cold: the same date always gives the same picture, whatever was analysed since.
    const options = { ...rest, asOf, memory: asOf === undefined ? this.memories.recall(key) : undefined };
    const graph = scope.graph as AtlasGraph;
    const context = analysisContext(graph, options);
    // Clusters of the whole map as it is now are the next run's starting point (stability.ts).
    // Only the map as it is now, undated and with the usual weights, is remembered: a dated or filtered view must not move it.
    if (!scope.summary.filtered && options.asOf === undefined && rest.weights === undefined && rest.withoutFundingTo === undefined) {
      const clusters = context.clusters;
      context.clusters = () => {
        const result = clusters();
        this.memories.remember(key, result);
        return result;
      };
    }
    return { context, scope: scope.summary, graph, options, data };
  }

  /** The gap lists and their parameters, for the UI to build its controls from. */
  detectors(): { detectors: { id: string; title: string; description: string; parameters: GapParameter[] }[] } {
    return { detectors: GAP_DETECTORS.map(({ id, title, description, parameters }) => ({ id, title, description, parameters })) };
  }

  async clusters(map: string, request: AnalysisRequest = {}): Promise<Scoped<ClusterResult & { weights: Record<string, number> }>> {
    const { context, scope } = await this.scoped(map, request);
    return { ...context.clusters(), weights: { ...context.network.weights }, scope };
  }

  async gaps(map: string, request: AnalysisRequest & { parameters?: Record<string, number>; only?: string[] } = {}): Promise<Scoped<{ gaps: GapList[] }>> {
    const { context, scope } = await this.scoped(map, request);
    return { gaps: runGaps(context, request.parameters, request.only), scope };
  }

  async health(map: string, request: AnalysisRequest = {}): Promise<Scoped<HealthSummary & { freshness: FreshnessFigure }>> {
    const { context, scope, data } = await this.scoped(map, request);
    return { ...networkHealth(context), freshness: freshnessFigure(data, request.freshnessMonths ?? DEFAULT_FRESHNESS_MONTHS), scope };
  }

  async whatIf(map: string, organisation: string, mode: WhatIfMode, request: AnalysisRequest & { maxSteps?: number; minActiveOrganisations?: number } = {}): Promise<Scoped<WhatIfResult>> {
    const { graph, options, scope } = await this.scoped(map, request);
    // The analysis is pure (the app's worker runs it too), so its own error becomes the service's 404 here.
    try {
      return { ...whatIf(graph, organisation, mode, { ...options, maxSteps: request.maxSteps, minActiveOrganisations: request.minActiveOrganisations }), scope };
    } catch (error) {
      if (error instanceof UnknownOrganisationError) throw new NotFoundError(scope.filtered ? `${error.message.replace(/\.$/, '')} among those analysed: ${scope.description}.` : error.message);
      throw error;
    }
  }

  async report(map: string, request: AnalysisRequest & { parameters?: Record<string, number>; title?: string } = {}): Promise<string> {
    const { context, scope, data } = await this.scoped(map, request);
    const { resolution, seed, weights } = request;
    const positions = (await this.layouts?.layout(map))?.positions ?? {};
    return renderHealthReport({
      title: request.title ?? 'Network health',
      asOf: new Date(context.network.facts.asOf),
      scope,
      health: networkHealth(context),
      freshness: freshnessFigure(data, request.freshnessMonths ?? DEFAULT_FRESHNESS_MONTHS),
      clusters: context.clusters(),
      gaps: runGaps(context, request.parameters),
      weights: { ...context.network.weights },
      trend: reportTrend(data, request.filters ?? NO_SCOPE_FILTERS, { resolution, seed, weights }),
      picture: { network: context.network.graph, positions },
    });
  }
}
