/**
 * The PNG: @sigma/export-image draws the map's layers at the chosen size (the view's camera, sizes
 * scaled up), and the frame (title, date, legend, source line) is drawn around it on one canvas.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { fitLabel, frameLayout, legendChars, type FrameLayout, type LegendRow, type PictureSize } from './frame';
import { scaledSettings } from './scaledSettings';

export const FRAME_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const FRAME_INK = '#1f2933';
export const FRAME_MUTED = '#52606d';

export interface FrameText {
  title: string;
  subtitle: string;
  source: string;
  legend: LegendRow[];
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: FrameLayout): void {
  const { legend } = layout;
  const chars = legendChars(layout);
  const swatch = legend.size * 0.8;
  legend.rows.forEach((row, i) => {
    const y = legend.y + legend.rowHeight * (i + 0.5);
    ctx.font = `${row.heading ? 600 : 400} ${legend.size}px ${FRAME_FONT}`;
    ctx.fillStyle = FRAME_INK;
    ctx.textBaseline = 'middle';
    if (row.heading) {
      ctx.fillText(fitLabel(row.label, chars + 4), legend.x, y);
      return;
    }
    ctx.fillStyle = row.colour;
    if (row.line) ctx.fillRect(legend.x, y - layout.unit * 2, swatch, layout.unit * 4);
    else {
      ctx.beginPath();
      ctx.arc(legend.x + swatch / 2, y, swatch / 2, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = FRAME_INK;
    ctx.fillText(fitLabel(row.label, chars), legend.x + swatch * 1.6, y);
  });
  if (legend.more > 0) {
    ctx.fillStyle = FRAME_MUTED;
    ctx.fillText(`and ${legend.more} more`, legend.x, legend.y + legend.rowHeight * (legend.rows.length + 0.5));
  }
}

/** The framed picture as a canvas of exactly `size` pixels. */
export async function framedCanvas(sigma: Sigma, size: PictureSize, text: FrameText): Promise<HTMLCanvasElement> {
  const layout = frameLayout(size, text.legend);
  const ratio = window.devicePixelRatio || 1;
  // drawOnCanvas multiplies by the device's pixel ratio; asking for CSS pixels gives the exact size.
  const mapWidth = layout.map.width / ratio;
  const scale = mapWidth / sigma.getDimensions().width;
  const map = await drawOnCanvas(sigma, { width: mapWidth, height: layout.map.height / ratio, backgroundColor: '#ffffff', sigmaSettings: scaledSettings(sigma.getSettings(), scale) });
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw pictures (no 2D canvas).');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(map, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  ctx.strokeStyle = '#d9e2ec';
  ctx.lineWidth = Math.max(1, layout.unit * 1.5);
  ctx.strokeRect(layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  ctx.fillStyle = FRAME_INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${layout.title.size}px ${FRAME_FONT}`;
  ctx.fillText(text.title, layout.title.x, layout.title.y, size.width - 2 * layout.padding);
  ctx.fillStyle = FRAME_MUTED;
  ctx.font = `400 ${layout.subtitle.size}px ${FRAME_FONT}`;
  ctx.fillText(text.subtitle, layout.subtitle.x, layout.subtitle.y, size.width - 2 * layout.padding);
  ctx.font = `400 ${layout.source.size}px ${FRAME_FONT}`;
  ctx.fillText(text.source, layout.source.x, layout.source.y, size.width - 2 * layout.padding);
  drawLegend(ctx, layout);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png'));
}
