/**
 * Runs the pure analysis (src/analysis) on the graph as Neo4j holds it now. Reads the whole graph
 * through GraphRepository, leaves out what the caller may not see (people, without the editor
 * key), and answers clusters, gap lists, what-if and health, or the printable report.
 */
import Graph from 'graphology';
import {
  analysisContext,
  GAP_DETECTORS,
  networkHealth,
  runGaps,
  whatIf,
  type AnalysisOptions,
  type AtlasEdgeAttributes,
  type AtlasGraph,
  type AtlasNodeAttributes,
  type ClusterResult,
  type GapList,
  type GapParameter,
  type HealthSummary,
  type WhatIfMode,
  type WhatIfResult,
  UnknownOrganisationError,
} from '../analysis/index.ts';
import { NotFoundError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import type { GraphRepository } from '../repositories/graphRepository.ts';
import { renderHealthReport } from '../report/healthReport.ts';

export interface AnalysisRequest extends AnalysisOptions {
  /** Node labels the caller may not see; their nodes and ties are left out before analysing. */
  hidden?: NodeLabel[];
}

export class AnalysisService {
  constructor(private readonly graphs: GraphRepository) {}

  async load(map: string, hidden: NodeLabel[] = []): Promise<AtlasGraph> {
    const json = await this.graphs.graph(map);
    const graph = Graph.from(json as never) as unknown as Graph<AtlasNodeAttributes, AtlasEdgeAttributes>;
    if (hidden.length) {
      const drop = graph.filterNodes((_, attrs) => hidden.includes(attrs.nodeType));
      for (const node of drop) graph.dropNode(node);
    }
    return graph;
  }

  /** The gap lists and their parameters, for the UI to build its controls from. */
  detectors(): { detectors: { id: string; title: string; description: string; parameters: GapParameter[] }[] } {
    return { detectors: GAP_DETECTORS.map(({ id, title, description, parameters }) => ({ id, title, description, parameters })) };
  }

  async clusters(map: string, request: AnalysisRequest = {}): Promise<ClusterResult & { weights: Record<string, number> }> {
    const context = analysisContext(await this.load(map, request.hidden), request);
    return { ...context.clusters(), weights: { ...context.network.weights } };
  }

  async gaps(map: string, request: AnalysisRequest & { parameters?: Record<string, number>; only?: string[] } = {}): Promise<GapList[]> {
    const context = analysisContext(await this.load(map, request.hidden), request);
    return runGaps(context, request.parameters, request.only);
  }

  async health(map: string, request: AnalysisRequest = {}): Promise<HealthSummary> {
    return networkHealth(analysisContext(await this.load(map, request.hidden), request));
  }

  async whatIf(map: string, organisation: string, mode: WhatIfMode, request: AnalysisRequest & { maxSteps?: number; minActiveOrganisations?: number } = {}): Promise<WhatIfResult> {
    // The analysis is pure (the app's worker runs it too), so its own error becomes the service's 404 here.
    try {
      return whatIf(await this.load(map, request.hidden), organisation, mode, request);
    } catch (error) {
      if (error instanceof UnknownOrganisationError) throw new NotFoundError(error.message);
      throw error;
    }
  }

  async report(map: string, request: AnalysisRequest & { parameters?: Record<string, number>; title?: string } = {}): Promise<string> {
    const context = analysisContext(await this.load(map, request.hidden), request);
    return renderHealthReport({
      title: request.title ?? 'Network health',
      asOf: new Date(context.network.facts.asOf),
      health: networkHealth(context),
      clusters: context.clusters(),
      gaps: runGaps(context, request.parameters),
      weights: { ...context.network.weights },
    });
  }
}
