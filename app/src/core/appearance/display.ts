/** What sigma draws: the display graph's attribute shapes, derived from data and appearance. */
import type Graph from 'graphology';
import type { NodeType, TieType } from '../graph';

export const NODE_PROGRAM = 'ring';

/** What sigma draws: appearance derived from data, plus positions owned by the layout. */
export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  ringColor: string;
  type: typeof NODE_PROGRAM;
  nodeType: NodeType;
  /** The legend entry the node falls in under the current colouring. */
  group: string;
}

export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  tieType: TieType;
  type: 'straight' | 'curved';
  curvature: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

export type Positions = Record<string, { x: number; y: number }>;
