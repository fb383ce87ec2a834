/**
 * Labels never overlap: before each picture, the labels that could be drawn are placed biggest node
 * first (labels sigma is told to force, the selection's, go before all), and one whose box would
 * touch a label already placed is left out. Sigma's label grid only thins labels per grid cell, so
 * long names in neighbouring cells still collide; sigma has no collision option, hence this pass.
 * A label that would overlap or run past the edge of the map is tried on the left of its node, then
 * under it; one that fits nowhere is left out.
 */
import { useEffect } from 'react';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { type AtlasSigma, isAlive, useAtlasSigma, watchKill } from '../rendering/sigma';
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from '../core/appearance';

type Drawer = NodeLabelDrawingFunction<DisplayNodeAttributes, DisplayEdgeAttributes>;
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept clear around each label, in pixels, so neighbours do not touch. */
const GAP = 2;
/** Side of the buckets the placed boxes are filed in (placing stays linear on big maps). */
const BUCKET = 64;

export function LabelCollisionController() {
  const sigma = useAtlasSigma();
  useEffect(() => {
    watchKill(sigma);
    const drawAsBefore = sigma.getSetting('defaultDrawNodeLabel');
    const measure = textMeasurer();
    let allowed: Map<string, Offset> | null = null;
    // Worked out once per picture, at its first label: frames without labels (a move on a big map) cost nothing.
    const onBeforeRender = () => {
      allowed = null;
    };
    const draw: Drawer = (context, data, settings) => {
      if (!allowed) allowed = placeLabels(sigma, measure);
      const offset = allowed.get(data.key);
      if (offset) drawAsBefore(context, offset.dx || offset.dy ? { ...data, x: data.x + offset.dx, y: data.y + offset.dy } : data, settings);
    };
    sigma.on('beforeRender', onBeforeRender);
    sigma.setSetting('defaultDrawNodeLabel', draw);
    return () => {
      sigma.off('beforeRender', onBeforeRender);
      // setSetting redraws, which a killed sigma (the map page leaving) cannot do.
      if (isAlive(sigma)) sigma.setSetting('defaultDrawNodeLabel', drawAsBefore);
    };
  }, [sigma]);
  return null;
}

/** Where a label goes, as the offset from where sigma's drawer writes it (right of the disc). */
interface Offset {
  dx: number;
  dy: number;
}

/**
 * The nodes whose labels fit, greedily from the most important, each with where its label goes:
 * right of the disc, else left of it, else centred under it (slid inside the map), whichever first
 * stays inside the map and touches no label already placed.
 */
function placeLabels(sigma: AtlasSigma, measure: (text: string, font: string) => number): Map<string, Offset> {
  const threshold = sigma.getSetting('labelRenderedSizeThreshold');
  const labelSize = sigma.getSetting('labelSize');
  const font = `${sigma.getSetting('labelWeight')} ${labelSize}px ${sigma.getSetting('labelFont')}`;
  const { width, height } = sigma.getDimensions();
  const candidates: { node: string; rank: number; places: { box: Box; offset: Offset }[] }[] = [];
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden || !data.label) return;
    const size = sigma.scaleSize(data.size);
    if (!data.forceLabel && size < threshold) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    if (x < -200 || x > width + 200 || y < -50 || y > height + 50) return;
    const text = measure(data.label, font);
    // Where sigma's label drawer writes: right of the disc, baseline a third of the text size below the centre.
    const drawnLeft = x + size + 3;
    const drawnBaseline = y + labelSize / 3;
    const at = (left: number, baseline: number) => ({
      box: { left: left - GAP, top: baseline - labelSize - GAP, right: left + text + GAP, bottom: baseline + labelSize * 0.3 + GAP },
      offset: { dx: left - drawnLeft, dy: baseline - drawnBaseline },
    });
    // A highlighted node's label is written again, boxed, by sigma's hover drawer where sigma writes it: it stays there, or it would show twice.
    const right = at(drawnLeft, drawnBaseline);
    const below = at(Math.min(Math.max(x - text / 2, 0), width - text), y + size + labelSize + 2);
    const places = (data.highlighted ? [right] : [right, at(x - size - 3 - text, drawnBaseline), below]).filter(({ box }) => box.left + GAP >= 0 && box.right - GAP <= width);
    // A forced label (the selection's) is written even where it cannot fit, where sigma writes it.
    if (places.length === 0 && data.forceLabel) places.push(right);
    if (places.length > 0) candidates.push({ node, rank: (data.forceLabel ? 1e9 : 0) + size, places });
  });
  candidates.sort((a, b) => b.rank - a.rank || (a.node < b.node ? -1 : 1));

  const placed = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let i = Math.floor(b.left / BUCKET); i <= Math.floor(b.right / BUCKET); i++) for (let j = Math.floor(b.top / BUCKET); j <= Math.floor(b.bottom / BUCKET); j++) out.push(`${i}:${j}`);
    return out;
  };
  const allowed = new Map<string, Offset>();
  for (const { node, places } of candidates) {
    for (const { box, offset } of places) {
      const cells = keys(box);
      if (cells.some((cell) => placed.get(cell)?.some((other) => overlaps(box, other)))) continue;
      allowed.set(node, offset);
      for (const cell of cells) placed.set(cell, [...(placed.get(cell) ?? []), box]);
      break;
    }
  }
  return allowed;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Text widths in a given font, remembered (names do not change between frames). */
function textMeasurer(): (text: string, font: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  return (text, font) => {
    const key = `${font}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) context.font = font;
      width = context ? context.measureText(text).width : text.length * 7;
      widths.set(key, width);
    }
    return width;
  };
}
