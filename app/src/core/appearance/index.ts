import Graph from 'graphology';
import type { DataGraph, TieType } from '../graph';
import { hashString, mulberry32 } from '../graph/utils';
import { NODE_TYPE_STYLES } from './nodeTypes';
import { tieKind } from './ties';
import { NODE_PROGRAM, type DisplayEdgeAttributes, type DisplayGraph, type DisplayNodeAttributes, type Positions } from './display';

export * from './colourings';
export * from './display';
export * from './categoryPalette';
export * from './highlight';
export * from './measures';
export * from './nodeTypes';
export * from './ties';
export * from './types';

/** The chosen size and colour of every node, computed from the registry entries. */
export interface Appearance {
  sizes: Record<string, number>;
  colors: Record<string, string>;
  groups: Record<string, string>;
}

const DEFAULT_SIZE = 6;
const DEFAULT_COLOR = '#cbd5e1';

function nodeAttributes(data: DataGraph, node: string, appearance: Appearance, position: { x: number; y: number }): DisplayNodeAttributes {
  const attrs = data.getNodeAttributes(node);
  return {
    x: position.x,
    y: position.y,
    size: appearance.sizes[node] ?? DEFAULT_SIZE,
    label: attrs.label,
    color: appearance.colors[node] ?? DEFAULT_COLOR,
    ringColor: NODE_TYPE_STYLES[attrs.nodeType].ring,
    type: NODE_PROGRAM,
    nodeType: attrs.nodeType,
    group: appearance.groups[node] ?? '',
  };
}

function edgeAttributes(tieType: TieType): DisplayEdgeAttributes {
  const kind = tieKind(tieType);
  return { size: kind.size, color: kind.color, tieType, type: 'straight', curvature: 0 };
}

/** Builds a fresh graph for sigma; the data graph is only read. */
export function buildDisplayGraph(data: DataGraph, appearance: Appearance, positions: Positions): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: data.allowSelfLoops });
  data.forEachNode((node) => {
    display.addNode(node, nodeAttributes(data, node, appearance, positions[node] ?? { x: 0, y: 0 }));
  });
  data.forEachEdge((edge, attrs, source, target) => {
    display.addEdgeWithKey(edge, source, target, edgeAttributes(attrs.tieType));
  });
  return display;
}

/**
 * Brings an existing display graph in line with grown data (an expanded neighbourhood) without
 * rebuilding it, so sigma and the layout carry on. New nodes start beside their placed neighbours.
 */
export function syncDisplayGraph(display: DisplayGraph, data: DataGraph, appearance: Appearance): string[] {
  const added: string[] = [];
  data.forEachNode((node, attrs) => {
    if (display.hasNode(node)) {
      // An edited name shows at once.
      if (display.getNodeAttribute(node, 'label') !== attrs.label) display.setNodeAttribute(node, 'label', attrs.label);
      return;
    }
    const placed = data.neighbors(node).filter((n) => display.hasNode(n));
    const rng = mulberry32(hashString(node));
    let x = (rng() - 0.5) * 20;
    let y = (rng() - 0.5) * 20;
    if (placed.length > 0) {
      x = placed.reduce((s, n) => s + display.getNodeAttribute(n, 'x'), 0) / placed.length + (rng() - 0.5) * 4;
      y = placed.reduce((s, n) => s + display.getNodeAttribute(n, 'y'), 0) / placed.length + (rng() - 0.5) * 4;
    }
    display.addNode(node, nodeAttributes(data, node, appearance, { x, y }));
    added.push(node);
  });
  data.forEachEdge((edge, attrs, source, target) => {
    if (!display.hasEdge(edge)) display.addEdgeWithKey(edge, source, target, edgeAttributes(attrs.tieType));
  });
  // Removed ties and nodes go too (dropping a node takes its ties with it).
  display.forEachEdge((edge) => {
    if (!data.hasEdge(edge)) display.dropEdge(edge);
  });
  display.forEachNode((node) => {
    if (!data.hasNode(node)) display.dropNode(node);
  });
  return added;
}

/** Applies a new size/colour choice to the display graph in one pass (one event for sigma). */
export function applyAppearance(display: DisplayGraph, appearance: Appearance): void {
  display.updateEachNodeAttributes(
    (node, attrs) => ({
      ...attrs,
      size: appearance.sizes[node] ?? attrs.size,
      color: appearance.colors[node] ?? attrs.color,
      group: appearance.groups[node] ?? attrs.group,
    }),
    { attributes: ['size', 'color', 'group'] },
  );
}
