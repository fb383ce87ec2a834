import { useEffect, useRef, type MutableRefObject } from 'react';
import { reduceEdge, reduceNode, type DisplayEdgeAttributes, type DisplayGraph, type DisplayNodeAttributes, type Emphasis } from '../core/appearance';
import { useSigma } from '../components/sigmaContext';

/**
 * Sigma reducers that read the current emphasis from a ref: handed to GraphView once, so the first
 * picture already uses them and a change needs one refresh rather than new settings.
 */
export function emphasisReducers(emphasis: MutableRefObject<Emphasis>, graph: DisplayGraph) {
  return {
    nodeReducer: (node: string, attrs: DisplayNodeAttributes) => reduceNode(node, attrs, emphasis.current) as DisplayNodeAttributes,
    edgeReducer: (edge: string, attrs: DisplayEdgeAttributes) => reduceEdge(edge, attrs, graph.source(edge), graph.target(edge), emphasis.current) as DisplayEdgeAttributes,
  };
}

/**
 * Applies filters (hidden) and focus, path, spotlight and hover (dimmed) by refreshing sigma when
 * the emphasis changes: the graph itself is never touched, so switching a filter off costs nothing.
 */
export function EmphasisController({ emphasis, current }: { emphasis: Emphasis; current: MutableRefObject<Emphasis> }) {
  const sigma = useSigma();
  const first = useRef(true);

  useEffect(() => {
    current.current = emphasis;
    // The first picture was drawn with this emphasis already.
    if (first.current) {
      first.current = false;
      return;
    }
    sigma.refresh();
  }, [sigma, emphasis, current]);

  return null;
}
