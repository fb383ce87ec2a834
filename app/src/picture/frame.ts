/**
 * A picture's frame: the sizes people choose from, and where the title, the map, the legend and
 * the source line go at that size. One layout for the PNG (drawn on a canvas) and the SVG, so the
 * two files look alike; everything scales with the picture, so a print-size file reads as the
 * screen-size one does.
 */

export interface PictureSize {
  id: string;
  label: string;
  width: number;
  height: number;
}

/** A4 landscape is 297 × 210 mm: 1754 × 1240 px at 150 dpi, 3508 × 2480 px at 300 dpi. */
export const PICTURE_SIZES: readonly PictureSize[] = [
  { id: 'screen', label: 'Screen or slides (1920 × 1080)', width: 1920, height: 1080 },
  { id: 'a4-150', label: 'A4 landscape, 150 dpi (1754 × 1240)', width: 1754, height: 1240 },
  { id: 'a4-300', label: 'A4 landscape, 300 dpi, for print (3508 × 2480)', width: 3508, height: 2480 },
];

export const DEFAULT_PICTURE_SIZE = PICTURE_SIZES[0];

export function pictureSize(id: string | null | undefined): PictureSize {
  return PICTURE_SIZES.find((s) => s.id === id) ?? DEFAULT_PICTURE_SIZE;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendRow {
  label: string;
  colour: string;
  /** A tie's line rather than a node's dot. */
  line?: boolean;
  /** A heading row ("Colour: cluster", "Ties"). */
  heading?: boolean;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Pixels per unit: the frame is designed on a 1000-unit short side. */
  unit: number;
  padding: number;
  title: { x: number; y: number; size: number };
  subtitle: { x: number; y: number; size: number };
  map: Box;
  legend: Box & { rowHeight: number; size: number; rows: LegendRow[]; more: number };
  source: { x: number; y: number; size: number };
}

/** Where each part goes; legend rows that do not fit are counted in `more` ("and 4 more"). */
export function frameLayout(size: { width: number; height: number }, legend: LegendRow[]): FrameLayout {
  const unit = Math.min(size.width, size.height) / 1000;
  const padding = Math.round(40 * unit);
  const titleSize = Math.round(44 * unit);
  const subtitleSize = Math.round(24 * unit);
  const sourceSize = Math.round(19 * unit);
  const top = padding + titleSize + subtitleSize + Math.round(28 * unit);
  const bottom = size.height - padding - sourceSize - Math.round(16 * unit);
  const legendWidth = Math.round(size.width * 0.28);
  const rowHeight = Math.round(32 * unit);
  const legendBox = { x: size.width - padding - legendWidth, y: top, width: legendWidth, height: bottom - top };
  const fits = Math.max(0, Math.floor(legendBox.height / rowHeight) - 1);
  const rows = legend.length > fits + 1 ? legend.slice(0, fits) : legend;
  return {
    width: size.width,
    height: size.height,
    unit,
    padding,
    title: { x: padding, y: padding + titleSize, size: titleSize },
    subtitle: { x: padding, y: padding + titleSize + Math.round(12 * unit) + subtitleSize, size: subtitleSize },
    map: { x: padding, y: top, width: legendBox.x - 2 * padding + Math.round(padding / 2), height: bottom - top },
    legend: { ...legendBox, rowHeight, size: Math.round(21 * unit), rows, more: legend.length - rows.length },
    source: { x: padding, y: size.height - padding, size: sourceSize },
  };
}

/** A label cut to fit `max` characters, with an ellipsis: canvas text does not wrap. */
export function fitLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Characters of legend text that fit a legend this wide at this font size (an average glyph is ~0.55 em). */
export function legendChars(layout: FrameLayout): number {
  return Math.max(8, Math.floor((layout.legend.width - layout.legend.rowHeight * 1.4) / (layout.legend.size * 0.55)));
}
