/**
 * The map as SVG, written from what sigma draws: each visible tie as a line, each visible node as
 * a circle, and the labels sigma is showing, all in the current camera's view. Vector output
 * stays sharp in reports and posters, where a PNG would blur.
 */
import type Sigma from 'sigma';

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  font: { family: string; size: number; weight: string; color: string };
  edges: { x1: number; y1: number; x2: number; y2: number; color: string; width: number }[];
  /** `ring`: the outline some renderers draw (the app's ring shows the node's type). */
  nodes: { x: number; y: number; r: number; color: string; ring?: string; label?: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const RING_SHARE = 0.28;
const RING_MIN_PX = 1.6;

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** What sigma shows now, in viewport pixels. */
export function sceneFromSigma(sigma: Sigma, background = '#ffffff'): SvgScene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const labels = sigma.getNodeDisplayedLabels();
  const labelColor = sigma.getSetting('labelColor');
  const scene: SvgScene = {
    width, height, background,
    font: {
      family: sigma.getSetting('labelFont'),
      size: sigma.getSetting('labelSize'),
      weight: sigma.getSetting('labelWeight'),
      color: 'color' in labelColor && labelColor.color ? labelColor.color : '#000000',
    },
    edges: [],
    nodes: [],
  };
  const position = new Map<string, { x: number; y: number; r: number }>();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    position.set(node, { x, y, r: sigma.scaleSize(data.size) });
  });
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = position.get(source);
    const to = position.get(target);
    if (!data || data.hidden || !from || !to) return;
    scene.edges.push({ x1: round(from.x), y1: round(from.y), x2: round(to.x), y2: round(to.y), color: data.color || sigma.getSetting('defaultEdgeColor'), width: round(Math.max(0.5, sigma.scaleSize(data.size))) });
  });
  // Nodes sigma draws later (highlighted ones) come last so they sit on top, as on screen.
  const ordered = [...position.keys()].sort((a, b) => Number(!!sigma.getNodeDisplayData(a)?.highlighted) - Number(!!sigma.getNodeDisplayData(b)?.highlighted));
  for (const node of ordered) {
    const data = sigma.getNodeDisplayData(node);
    const at = position.get(node);
    if (!data || !at) continue;
    const ring = (data as { ringColor?: string }).ringColor;
    scene.nodes.push({
      x: round(at.x), y: round(at.y), r: round(at.r), color: data.color || sigma.getSetting('defaultNodeColor'),
      ...(ring && ring !== data.color ? { ring } : {}),
      ...(labels.has(node) && data.label ? { label: data.label } : {}),
    });
  }
  return scene;
}

/** The scene's ties, nodes and labels as SVG groups, in the scene's own pixels. */
export function sceneGroups(scene: SvgScene): string[] {
  const { font } = scene;
  const lines = scene.edges.map((e) => `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="${escapeXml(e.color)}" stroke-width="${e.width}"/>`);
  const circles = scene.nodes.map((n) => {
    if (!n.ring) return `<circle cx="${n.x}" cy="${n.y}" r="${n.r}" fill="${escapeXml(n.color)}"/>`;
    // As the app's ring program: a ring 28% of the radius (at least 1.6 px), inside the disc's edge.
    const width = Math.min(n.r, Math.max(n.r * RING_SHARE, RING_MIN_PX));
    return `<circle cx="${n.x}" cy="${n.y}" r="${round(n.r - width / 2)}" fill="${escapeXml(n.color)}" stroke="${escapeXml(n.ring)}" stroke-width="${round(width)}"/>`;
  });
  const labels = scene.nodes.flatMap((n) => (n.label ? [`<text x="${round(n.x + n.r + 3)}" y="${round(n.y + font.size / 3)}">${escapeXml(n.label)}</text>`] : []));
  return [
    `<g class="ties" stroke-linecap="round">${lines.join('')}</g>`,
    `<g class="nodes">${circles.join('')}</g>`,
    `<g class="labels" font-family="${escapeXml(font.family)}" font-size="${font.size}" font-weight="${escapeXml(font.weight)}" fill="${escapeXml(font.color)}">${labels.join('')}</g>`,
  ];
}

export function sceneToSvg(scene: SvgScene): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(scene.background)}"/>`,
    ...sceneGroups(scene),
    `</svg>`,
    '',
  ].join('\n');
}
