/**
 * The SVG: the same frame as the PNG (frame.ts), with the map as vectors (interchange/svg.ts's
 * scene of what sigma draws), scaled into the map's box and clipped to it.
 */
import { escapeXml, sceneGroups, type SvgScene } from '../interchange/svg';
import { fitLabel, frameLayout, legendChars, type FrameLayout, type PictureSize } from './frame';
import { FRAME_FONT, FRAME_INK, FRAME_MUTED, type FrameText } from './pngPicture';

const round = (n: number) => Math.round(n * 10) / 10;

function legendSvg(layout: FrameLayout): string {
  const { legend } = layout;
  const chars = legendChars(layout);
  const swatch = legend.size * 0.8;
  const rows = legend.rows.map((row, i) => {
    const y = round(legend.y + legend.rowHeight * (i + 0.5));
    const text = (x: number, label: string, weight: number) => `<text x="${round(x)}" y="${y}" dominant-baseline="middle" font-weight="${weight}">${escapeXml(label)}</text>`;
    if (row.heading) return text(legend.x, fitLabel(row.label, chars + 4), 600);
    const mark = row.line
      ? `<rect x="${legend.x}" y="${round(y - layout.unit * 2)}" width="${round(swatch)}" height="${round(layout.unit * 4)}" fill="${escapeXml(row.colour)}"/>`
      : `<circle cx="${round(legend.x + swatch / 2)}" cy="${y}" r="${round(swatch / 2)}" fill="${escapeXml(row.colour)}"/>`;
    return mark + text(legend.x + swatch * 1.6, fitLabel(row.label, chars), 400);
  });
  const more = legend.more > 0 ? `<text x="${legend.x}" y="${round(legend.y + legend.rowHeight * (legend.rows.length + 0.5))}" dominant-baseline="middle" fill="${FRAME_MUTED}">and ${legend.more} more</text>` : '';
  return `<g class="legend" font-size="${legend.size}" fill="${FRAME_INK}">${rows.join('')}${more}</g>`;
}

export function framedSvg(scene: SvgScene, size: PictureSize, text: FrameText): string {
  const layout = frameLayout(size, text.legend);
  const { map } = layout;
  const scale = Math.min(map.width / scene.width, map.height / scene.height);
  const dx = round(map.x + (map.width - scene.width * scale) / 2);
  const dy = round(map.y + (map.height - scene.height * scale) / 2);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${escapeXml(FRAME_FONT)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<defs><clipPath id="map-box"><rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}"/></clipPath></defs>`,
    `<g clip-path="url(#map-box)"><g transform="translate(${dx} ${dy}) scale(${round(scale * 1000) / 1000})">${sceneGroups(scene).join('')}</g></g>`,
    `<rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" fill="none" stroke="#d9e2ec" stroke-width="${round(Math.max(1, layout.unit * 1.5))}"/>`,
    `<text class="title" x="${layout.title.x}" y="${layout.title.y}" font-size="${layout.title.size}" font-weight="700" fill="${FRAME_INK}">${escapeXml(text.title)}</text>`,
    `<text class="subtitle" x="${layout.subtitle.x}" y="${layout.subtitle.y}" font-size="${layout.subtitle.size}" fill="${FRAME_MUTED}">${escapeXml(text.subtitle)}</text>`,
    legendSvg(layout),
    `<text class="source" x="${layout.source.x}" y="${layout.source.y}" font-size="${layout.source.size}" fill="${FRAME_MUTED}">${escapeXml(text.source)}</text>`,
    `</svg>`,
    '',
  ].join('\n');
}
