import { useEffect, useMemo, useRef } from 'react';
import { emphasiseEdge, emphasiseNode, type DisplayEdgeAttributes, type DisplayGraph, type DisplayNodeAttributes, type Emphasis } from '../core/appearance';
import { fadeEdgeIn, fadeNodeIn, undatedEdge, undatedNode, type TimeLook } from '../core/time';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';
import { faded, staleFacts, type StaleFacts } from '../directory/stale';

/** What the reducers read: set by EmphasisController, so a reducer call costs no store lookups. */
export interface EmphasisHolder {
  current: Emphasis;
  /** Facts older than the map's freshness age (directory/stale.ts), drawn faded; unset until known. */
  stale?: StaleFacts;
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
      const base = attrs.color;
      const data = emphasiseNode(node, attrs, emphasis.current) as DisplayNodeAttributes;
      // Staleness fades only the ordinary look: a highlight, a path or a dimmed node keeps its colour.
      if (emphasis.stale?.nodes.has(node) && data.color === base) data.color = faded(data.color);
      fadeNodeIn(node, data, time);
      return data;
    },
    edgeReducer: (edge: string, attrs: DisplayEdgeAttributes) => {
      const source = graph.source(edge);
      const target = graph.target(edge);
      if (undatedEdge(edge, attrs, source, target, time, emphasis.current)) return attrs;
      const base = attrs.color;
      const data = emphasiseEdge(edge, attrs, source, target, emphasis.current) as DisplayEdgeAttributes;
      if (emphasis.stale?.edges.has(edge) && data.color === base) data.color = faded(data.color);
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
  const atlas = useAtlas();
  const emphasis = useStore(atlas.emphasis);
  // The first picture was drawn with this emphasis already.
  const first = useRef(emphasis);
  const data = useStore(atlas.data.state);
  const months = useStore(atlas.record).freshnessMonths;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `data.version` is the trigger: an edit or a confirmation changes the graph in place
  const stale = useMemo(() => staleFacts(data.graph, months), [data.graph, data.version, months]);

  useEffect(() => {
    holder.stale = stale;
    sigma.refresh();
  }, [sigma, stale, holder]);

  useEffect(() => {
    holder.current = emphasis;
    if (emphasis !== first.current) sigma.refresh();
  }, [sigma, emphasis, holder]);

  return null;
}
