/** The time part of how the map is drawn: undated nodes and ties faint, arrivals fading in. */
import type { DisplayEdgeAttributes, DisplayNodeAttributes, Emphasis } from '../appearance';
import type { Visibility } from '../filters';
import { type Arrivals, FADE_DEFAULTS, UNDATED_EDGE, UNDATED_NODE, UNDATED_RING, fadeColour, fadeProgress, fadeSize, noArrivals } from './fade';

export interface TimeLook {
  /** On a date: what is set aside as undated (drawn faint, not counted). */
  undated: Visibility['undated'] | null;
  arrivals: Arrivals;
  /** The frame's clock (ms), set once per frame by the play loop. */
  now: number;
  durationMs: number;
}

export const NO_TIME_LOOK = (): TimeLook => ({ undated: null, arrivals: noArrivals(), now: 0, durationMs: FADE_DEFAULTS.durationMs });

type NodeData = DisplayNodeAttributes & { hidden?: boolean; zIndex?: number; forceLabel?: boolean };
type EdgeData = DisplayEdgeAttributes & { hidden?: boolean; zIndex?: number };

/** Draws an undated node faint; true when it did (the other emphasis then does not apply). */
export function undatedNode(node: string, data: NodeData, look: TimeLook): boolean {
  if (!look.undated?.nodes.has(node)) return false;
  data.color = UNDATED_NODE;
  data.ringColor = UNDATED_RING;
  data.label = '';
  data.zIndex = 0;
  return true;
}

/** Draws an undated tie thin and grey where both its ends are drawn; true when it is undated. */
export function undatedEdge(edge: string, data: EdgeData, source: string, target: string, look: TimeLook, e: Emphasis): boolean {
  const undated = look.undated;
  if (!undated?.edges.has(edge)) return false;
  const shown = (n: string) => undated.nodes.has(n) || !e.visibleNodes || e.visibleNodes.has(n);
  if (!shown(source) || !shown(target)) data.hidden = true;
  else {
    data.color = UNDATED_EDGE;
    data.size = 0.5;
    data.zIndex = 0;
  }
  return true;
}

/** A node coming into the picture: faded towards the background and smaller, by its fade's progress. */
export function fadeNodeIn(node: string, data: NodeData, look: TimeLook): void {
  const started = look.arrivals.nodes.get(node);
  if (started === undefined || data.hidden) return;
  const alpha = fadeProgress(started, look.now, look.durationMs);
  data.color = fadeColour(data.color, alpha);
  data.ringColor = fadeColour(data.ringColor, alpha);
  data.size = fadeSize(data.size, alpha);
  if (alpha < 1) data.label = '';
}

export function fadeEdgeIn(edge: string, data: EdgeData, look: TimeLook): void {
  const started = look.arrivals.edges.get(edge);
  if (started === undefined || data.hidden) return;
  data.color = fadeColour(data.color, fadeProgress(started, look.now, look.durationMs));
}
