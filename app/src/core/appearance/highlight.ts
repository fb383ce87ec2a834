import type { NodeType } from '../graph/types';
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from './index';

export const DIMMED_NODE = '#e5e7eb';
export const DIMMED_RING = '#d1d5db';
export const DIMMED_EDGE = '#f1f5f9';
export const FOCUS_EDGE = '#64748b';
export const MAX_FORCED_LABELS = 16;

/** What the user is pointing at: a node (hover wins over selection) or a legend entry. */
export interface Highlight {
  focus: string | null;
  /** The focus and its neighbours. */
  neighbours: Set<string>;
  selected: string | null;
  legend: { kind: 'type'; value: NodeType } | { kind: 'community'; value: number } | null;
}

export const NO_HIGHLIGHT: Highlight = { focus: null, neighbours: new Set(), selected: null, legend: null };

type NodeData = Partial<DisplayNodeAttributes> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number; hidden?: boolean };
type EdgeData = Partial<DisplayEdgeAttributes> & { zIndex?: number; hidden?: boolean };

function matchesLegend(h: Highlight, attrs: DisplayNodeAttributes): boolean {
  if (!h.legend) return true;
  return h.legend.kind === 'type' ? attrs.nodeType === h.legend.value : attrs.community === h.legend.value;
}

/** Dims everything outside the focus; keeps labels for the focus and its neighbours. */
export function reduceNode(node: string, attrs: DisplayNodeAttributes, h: Highlight): NodeData {
  const data: NodeData = { ...attrs };
  const inFocus = h.focus === null || h.neighbours.has(node);
  if (!inFocus || !matchesLegend(h, attrs)) {
    data.color = DIMMED_NODE;
    data.ringColor = DIMMED_RING;
    data.label = '';
    data.zIndex = 0;
    return data;
  }
  data.zIndex = 1;
  // Force every neighbour's label only when there are few; a hub's 30 neighbours would pile up,
  // so there sigma's label grid picks the biggest (dimmed nodes have no label to compete).
  if (h.focus !== null && h.neighbours.size <= MAX_FORCED_LABELS) data.forceLabel = true;
  if (node === h.focus || node === h.selected) {
    data.highlighted = true;
    data.forceLabel = true;
    data.zIndex = 2;
  }
  return data;
}

export function reduceEdge(attrs: DisplayEdgeAttributes, source: string, target: string, h: Highlight, legendMatch: (node: string) => boolean): EdgeData {
  const data: EdgeData = { ...attrs };
  if (h.focus !== null) {
    if (source === h.focus || target === h.focus) {
      data.color = FOCUS_EDGE;
      data.size = 1.5;
      data.zIndex = 1;
    } else data.hidden = true;
  } else if (h.legend && !(legendMatch(source) && legendMatch(target))) {
    data.color = DIMMED_EDGE;
  }
  return data;
}

export function legendMatcher(h: Highlight, getAttributes: (node: string) => DisplayNodeAttributes): (node: string) => boolean {
  return (node) => matchesLegend(h, getAttributes(node));
}
