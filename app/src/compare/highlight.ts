/**
 * The map in two colours: what was added between the two dates in blue and drawn thick, what ended
 * in orange and drawn thin, the rest dimmed. Blue and orange stay apart for every common colour
 * vision, both pass 4.5:1 on white, and the legend says it in words as well.
 */
import { DIMMED_EDGE, DIMMED_NODE, DIMMED_RING } from '../core/appearance';
import type { CompareAnswer } from './types';

export const ADDED_COLOUR = '#1d4ed8';
export const ENDED_COLOUR = '#c2410c';
export const ADDED_TIE_SIZE = 3.5;
export const ENDED_TIE_SIZE = 1.2;

/** What changed, as the sets the reducers look up. */
export interface CompareHighlight {
  addedTies: Set<string>;
  endedTies: Set<string>;
  /** Organisations that joined the network (or the alliance) between the dates. */
  addedNodes: Set<string>;
  endedNodes: Set<string>;
  /** Everything drawn bright: the changed nodes and both ends of every changed tie. */
  bright: Set<string>;
}

export function compareHighlight(answer: CompareAnswer): CompareHighlight {
  const nodesOf = (changes: CompareAnswer['added']) => new Set([...changes.organisations.map((n) => n.id), ...changes.members.flatMap((m) => m.organisations.map((n) => n.id))]);
  const addedNodes = nodesOf(answer.added);
  const endedNodes = nodesOf(answer.ended);
  const bright = new Set([...addedNodes, ...endedNodes]);
  for (const tie of [...answer.added.ties, ...answer.ended.ties]) {
    bright.add(tie.from.id);
    bright.add(tie.to.id);
  }
  return { addedTies: new Set(answer.added.ties.map((t) => t.id)), endedTies: new Set(answer.ended.ties.map((t) => t.id)), addedNodes, endedNodes, bright };
}

/** What the reducers change, whatever else sigma's display data holds. */
interface NodeData {
  color?: string;
  ringColor?: string;
  label?: string | null;
  hidden?: boolean;
  zIndex?: number;
  forceLabel?: boolean;
}
interface EdgeData {
  color?: string;
  size?: number;
  hidden?: boolean;
  zIndex?: number;
}

/**
 * A node under the comparison, after the map's own emphasis: changed nodes are shown even where the
 * as-of filter would hide them (they are what is compared), ringed in their colour; the rest dims.
 */
export function compareNode<T extends NodeData>(node: string, data: T, h: CompareHighlight, selected: string | null): T {
  if (!h.bright.has(node)) {
    // The selected node keeps its look: it is what the panel beside the map is about.
    if (data.hidden || node === selected) return data;
    data.color = DIMMED_NODE;
    data.ringColor = DIMMED_RING;
    data.label = '';
    data.zIndex = 0;
    data.forceLabel = false;
    return data;
  }
  data.hidden = false;
  data.zIndex = node === selected ? 3 : 2;
  if (h.addedNodes.has(node)) data.ringColor = ADDED_COLOUR;
  else if (h.endedNodes.has(node)) data.ringColor = ENDED_COLOUR;
  if (h.bright.size <= 24) data.forceLabel = true;
  return data;
}

export function compareEdge<T extends EdgeData>(edge: string, data: T, h: CompareHighlight): T {
  if (h.addedTies.has(edge)) {
    Object.assign(data, { hidden: false, color: ADDED_COLOUR, size: ADDED_TIE_SIZE, zIndex: 3 });
  } else if (h.endedTies.has(edge)) {
    Object.assign(data, { hidden: false, color: ENDED_COLOUR, size: ENDED_TIE_SIZE, zIndex: 2 });
  } else if (!data.hidden) {
    data.color = DIMMED_EDGE;
    data.zIndex = 0;
  }
  return data;
}
