import { useEffect, useRef } from 'react';
import { emphasiseEdge, emphasiseNode, type DisplayEdgeAttributes, type DisplayGraph, type DisplayNodeAttributes, type Emphasis } from '../core/appearance';
import { fadeEdgeIn, fadeNodeIn, undatedEdge, undatedNode, type TimeLook } from '../core/time';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';

/** What the reducers read: set by EmphasisController, so a reducer call costs no store lookups. */
export interface EmphasisHolder {
  current: Emphasis;
}

/**
 * Sigma reducers that read the current emphasis from a holder: given to sigma at creation, so the
 * first picture already uses them and a change needs one refresh rather than new settings. Sigma
 * passes each reducer its own copy of the attributes, so they are changed in place, not copied again.
 */
export function emphasisReducers(emphasis: EmphasisHolder, graph: DisplayGraph, time: TimeLook) {
  return {
    nodeReducer: (node: string, attrs: DisplayNodeAttributes) => {
      // Undated on the date: drawn faint whatever else is emphasised, never counted.
      if (undatedNode(node, attrs, time)) return attrs;
      const data = emphasiseNode(node, attrs, emphasis.current) as DisplayNodeAttributes;
      fadeNodeIn(node, data, time);
      return data;
    },
    edgeReducer: (edge: string, attrs: DisplayEdgeAttributes) => {
      const source = graph.source(edge);
      const target = graph.target(edge);
      if (undatedEdge(edge, attrs, source, target, time, emphasis.current)) return attrs;
      const data = emphasiseEdge(edge, attrs, source, target, emphasis.current) as DisplayEdgeAttributes;
      fadeEdgeIn(edge, data, time);
      return data;
    },
  };
}

/**
 * Applies filters (hidden) and focus, path, spotlight and hover (dimmed) by refreshing sigma when
 * the emphasis changes: the graph itself is never touched, so switching a filter off costs nothing.
 */
export function EmphasisController({ holder }: { holder: EmphasisHolder }) {
  const sigma = useAtlasSigma();
  const emphasis = useStore(useAtlas().emphasis);
  // The first picture was drawn with this emphasis already.
  const first = useRef(emphasis);

  useEffect(() => {
    holder.current = emphasis;
    if (emphasis !== first.current) sigma.refresh();
  }, [sigma, emphasis, holder]);

  return null;
}
