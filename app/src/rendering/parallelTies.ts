import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { DisplayGraph } from '../core/appearance';
import { tieShape } from '../core/appearance';

/** Ties that share both ends are fanned apart as curves; lone ties stay straight. Display graph only. */
export function curveParallelTies(graph: DisplayGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.updateEachEdgeAttributes((_, attrs) => ({ ...attrs, ...tieShape(attrs.parallelIndex, attrs.parallelMinIndex, attrs.parallelMaxIndex) }), { attributes: ['type', 'curvature'] });
}
