import { useEffect } from 'react';
import { legendMatcher, reduceEdge, reduceNode, type Highlight } from '../core/appearance';
import { useSigma } from '../components/sigmaContext';

interface Props {
  hovered: string | null;
  selected: string | null;
  legend: Highlight['legend'];
}

/** Applies hover/selection/legend emphasis through sigma's reducers; the graph itself is untouched. */
export function HighlightController({ hovered, selected, legend }: Props) {
  const sigma = useSigma();

  useEffect(() => {
    const graph = sigma.getGraph();
    const focus = [hovered, selected].find((n): n is string => n !== null && graph.hasNode(n)) ?? null;
    const neighbours = new Set<string>(focus ? [focus, ...graph.neighbors(focus)] : []);
    const h: Highlight = { focus, neighbours, selected, legend };
    const matches = legendMatcher(h, (n) => graph.getNodeAttributes(n));
    sigma.setSetting('nodeReducer', (node, attrs) => reduceNode(node, attrs, h));
    sigma.setSetting('edgeReducer', (edge, attrs) => reduceEdge(attrs, graph.source(edge), graph.target(edge), h, matches));
  }, [sigma, hovered, selected, legend]);

  return null;
}
