import type { DisplayEdgeAttributes, DisplayNodeAttributes } from './display';

export const DIMMED_NODE = '#eef2f6';
export const DIMMED_RING = '#d8dee6';
export const DIMMED_EDGE = '#f1f5f9';
export const HOVER_EDGE = '#475569';
export const PATH_EDGE = '#dc2626';
export const MAX_FORCED_LABELS = 16;

/**
 * Everything that changes how the map is drawn without touching the graph: filters hide,
 * the other parts dim whatever they leave out. Each part is null when not in use.
 */
export interface Emphasis {
  /** From the filters: nodes and ties that pass. */
  visibleNodes: Set<string> | null;
  visibleEdges: Set<string> | null;
  /** The selected node's neighbourhood to the chosen depth. */
  focus: Set<string> | null;
  /** A path found by the path finder. */
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** Nodes picked out from the legend or an analysis panel. */
  spotlight: Set<string> | null;
  /** The node under the pointer and its neighbours. */
  hovered: string | null;
  hoverNeighbours: Set<string> | null;
  selected: string | null;
}

export const NO_EMPHASIS: Emphasis = { visibleNodes: null, visibleEdges: null, focus: null, path: null, spotlight: null, hovered: null, hoverNeighbours: null, selected: null };

type NodeData = Partial<DisplayNodeAttributes> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number; hidden?: boolean };
type EdgeData = Partial<DisplayEdgeAttributes> & { zIndex?: number; hidden?: boolean };

function isBright(node: string, e: Emphasis): boolean {
  if (e.hoverNeighbours) return e.hoverNeighbours.has(node);
  if (e.path) return e.path.nodes.has(node);
  if (e.spotlight && !e.spotlight.has(node)) return false;
  if (e.focus && !e.focus.has(node)) return false;
  return true;
}

/**
 * A node's display data under the emphasis, changed in place: sigma hands its reducers a copy of
 * the attributes already, so the map's reducers call this and copy nothing more.
 */
export function emphasiseNode(node: string, data: DisplayNodeAttributes & NodeData, e: Emphasis): NodeData {
  if (e.visibleNodes && !e.visibleNodes.has(node)) {
    data.hidden = true;
    return data;
  }
  if (!isBright(node, e)) {
    data.color = DIMMED_NODE;
    data.ringColor = DIMMED_RING;
    data.label = '';
    data.zIndex = 0;
    return data;
  }
  data.zIndex = 1;
  // Force labels only when few nodes are bright; otherwise sigma's label grid picks the biggest.
  const bright = e.hoverNeighbours ?? e.path?.nodes ?? e.spotlight ?? e.focus;
  if (bright && bright.size <= MAX_FORCED_LABELS) data.forceLabel = true;
  if (node === e.hovered || node === e.selected) {
    data.highlighted = true;
    data.forceLabel = true;
    data.zIndex = 2;
  }
  return data;
}

/** `emphasiseNode` on a copy: the attributes given are left as they are. */
export function reduceNode(node: string, attrs: DisplayNodeAttributes, e: Emphasis): NodeData {
  return emphasiseNode(node, { ...attrs }, e);
}

/** A tie's display data under the emphasis, changed in place (see `emphasiseNode`). */
export function emphasiseEdge(edge: string, data: DisplayEdgeAttributes & EdgeData, source: string, target: string, e: Emphasis): EdgeData {
  if ((e.visibleEdges && !e.visibleEdges.has(edge)) || (e.visibleNodes && !(e.visibleNodes.has(source) && e.visibleNodes.has(target)))) {
    data.hidden = true;
    return data;
  }
  if (e.hovered) {
    if (source === e.hovered || target === e.hovered) {
      data.color = HOVER_EDGE;
      data.size = Math.max(data.size, 1.5);
      data.zIndex = 2;
    } else data.hidden = true;
    return data;
  }
  if (e.path) {
    if (e.path.edges.has(edge)) {
      data.color = PATH_EDGE;
      data.size = 3;
      data.zIndex = 2;
    } else data.color = DIMMED_EDGE;
    return data;
  }
  if (!isBright(source, e) || !isBright(target, e)) {
    data.color = DIMMED_EDGE;
    data.zIndex = 0;
  } else data.zIndex = 1;
  return data;
}

/** `emphasiseEdge` on a copy: the attributes given are left as they are. */
export function reduceEdge(edge: string, attrs: DisplayEdgeAttributes, source: string, target: string, e: Emphasis): EdgeData {
  return emphasiseEdge(edge, { ...attrs }, source, target, e);
}
