import { useEffect } from 'react';
import { reduceEdge, reduceNode, type Emphasis } from '../core/appearance';
import { useSigma } from '../components/sigmaContext';

/**
 * Applies filters (hidden) and focus, path, spotlight and hover (dimmed) through sigma's reducers:
 * the graph itself is never touched, so switching a filter off costs nothing.
 */
export function EmphasisController({ emphasis }: { emphasis: Emphasis }) {
  const sigma = useSigma();

  useEffect(() => {
    const graph = sigma.getGraph();
    sigma.setSetting('nodeReducer', (node, attrs) => reduceNode(node, attrs, emphasis));
    sigma.setSetting('edgeReducer', (edge, attrs) => reduceEdge(edge, attrs, graph.source(edge), graph.target(edge), emphasis));
  }, [sigma, emphasis]);

  return null;
}
