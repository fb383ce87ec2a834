/**
 * The report's picture of the map, drawn here as SVG so it prints sharp and needs no browser: the
 * organisations (coloured by cluster, the core group ringed) and their working ties, placed where
 * the map's saved layout put them. Organisations the saved layout does not place (or every one,
 * when no layout was saved) are laid out with ForceAtlas2 from a fixed circle, so the same data
 * always gives the same picture.
 */
import type { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { UNCLUSTERED_COLOUR, type ClusterResult, type OrgNode, type OrgTie } from '../analysis/index.ts';
import type { MapPositions } from '../model/maps.ts';
import { escapeHtml } from './html.ts';

export interface MapPictureInput {
  /** The organisation network the report analysed (its `graph`). */
  network: UndirectedGraph<OrgNode, OrgTie>;
  clusters: ClusterResult;
  /** The map's saved layout (node id → [x, y]); empty when none was saved. */
  positions: MapPositions;
}

export interface PictureSize {
  width: number;
  height: number;
}

export const REPORT_PICTURE: PictureSize = { width: 520, height: 240 };
const LAYOUT_ITERATIONS = 300;
const MARGIN = 12;

type Point = { x: number; y: number };

/** Where each organisation goes: saved positions where there are any, else a layout of the network itself. */
export function picturePositions(network: UndirectedGraph<OrgNode, OrgTie>, saved: MapPositions): Map<string, Point> {
  const ids = network.nodes();
  const placed = ids.filter((id) => Array.isArray(saved[id]) && saved[id].every(Number.isFinite));
  const copy = network.copy() as unknown as UndirectedGraph<Point & OrgNode, OrgTie>;
  ids.forEach((id, i) => {
    const p = saved[id];
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1);
    copy.mergeNodeAttributes(id, p && placed.includes(id) ? { x: p[0], y: p[1] } : { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  // A saved layout is the picture people know: only organisations it lacks are moved.
  if (placed.length < ids.length) {
    const moved = forceAtlas2(copy, { iterations: LAYOUT_ITERATIONS, getEdgeWeight: null, settings: { gravity: 1, scalingRatio: 10, strongGravityMode: true } });
    const keep = new Set(placed);
    for (const [id, p] of Object.entries(moved)) if (!keep.has(id)) copy.mergeNodeAttributes(id, p);
  }
  return new Map(ids.map((id) => [id, { x: copy.getNodeAttribute(id, 'x'), y: copy.getNodeAttribute(id, 'y') }]));
}

/** Scales points into the box, keeping their proportions, y downwards as on screen. */
function fitInto(points: Map<string, Point>, size: PictureSize, radius: number): Map<string, Point> {
  const all = [...points.values()];
  if (!all.length) return points;
  const [minX, maxX] = [Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))];
  const [minY, maxY] = [Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))];
  const pad = MARGIN + radius;
  const scale = Math.min((size.width - 2 * pad) / (maxX - minX || 1), (size.height - 2 * pad) / (maxY - minY || 1));
  const offsetX = (size.width - (maxX - minX) * scale) / 2;
  const offsetY = (size.height - (maxY - minY) * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  return new Map([...points].map(([id, p]) => [id, { x: round(offsetX + (p.x - minX) * scale), y: round(offsetY + (maxY - p.y) * scale) }]));
}

const safeColour = (value: string) => (/^#[0-9a-fA-F]{3,8}$/.test(value) ? value : UNCLUSTERED_COLOUR);

/** The picture as an SVG element with a text alternative saying what it shows. */
export function renderMapPicture(input: MapPictureInput, size: PictureSize = REPORT_PICTURE): string {
  const { network, clusters } = input;
  const radius = network.order > 150 ? 2.5 : 4;
  const at = fitInto(picturePositions(network, input.positions), size, radius);
  const colourOf = new Map(clusters.clusters.map((c) => [c.id, safeColour(c.colour)]));
  const lines: string[] = [];
  let working = 0;
  network.forEachEdge((_, tie, a, b) => {
    if (!tie.structural) return;
    working++;
    const [p, q] = [at.get(a), at.get(b)];
    if (p && q) lines.push(`<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}"/>`);
  });
  const dots: string[] = [];
  network.forEachNode((id, node) => {
    const p = at.get(id);
    if (!p) return;
    const cluster = clusters.byNode[id];
    const fill = (cluster && colourOf.get(cluster)) || UNCLUSTERED_COLOUR;
    const ring = node.core ? ' stroke="#1f2933" stroke-width="1.6"' : '';
    dots.push(`<circle cx="${p.x}" cy="${p.y}" r="${node.core ? radius + 1 : radius}" fill="${fill}"${ring}><title>${escapeHtml(node.name)}</title></circle>`);
  });
  const label = `Map of ${network.order} organisations and ${working} working ties, coloured by cluster; core-group members are ringed.`;
  return `<svg class="map-picture" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label="${escapeHtml(label)}" data-testid="report-map">
<rect width="100%" height="100%" fill="#ffffff"/>
<g stroke="#9aa5b1" stroke-width="0.7" stroke-opacity="0.7">${lines.join('')}</g>
<g stroke="#ffffff" stroke-width="0.6">${dots.join('')}</g>
</svg>`;
}
