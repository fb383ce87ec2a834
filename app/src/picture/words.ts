/**
 * The words on a picture: its title, the line under it (what it shows, on which date) and the
 * source line (where it came from, so a printed copy can be traced back), and its file name.
 */
import type { LegendEntry, TieKind } from '../core/appearance';
import type { LegendRow } from './frame';

export interface PictureFacts {
  /** What the person typed as the title (the map's title unless they changed it). */
  title: string;
  mapTitle: string;
  owner?: string;
  /** How many nodes are drawn, and of how many. */
  shown: number;
  total: number;
  /** The filters' "as of" date, when the map is shown on a date. */
  asOf: string | null;
  /** The address of the view, so a reader can open the same view. */
  address: string;
  /** The day the picture was made, YYYY-MM-DD. */
  today: string;
}

const longDate = (day: string) => new Date(`${day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day}T00:00:00Z`).toLocaleDateString('en-GB', { day: day.length === 10 ? 'numeric' : undefined, month: day.length >= 7 ? 'long' : undefined, year: 'numeric', timeZone: 'UTC' });

export function subtitleOf(facts: PictureFacts): string {
  const what = facts.shown === facts.total ? `All ${facts.total.toLocaleString('en-GB')} nodes of the map` : `${facts.shown.toLocaleString('en-GB')} of the map's ${facts.total.toLocaleString('en-GB')} nodes`;
  return `${what}${facts.asOf ? `, as the network stood on ${longDate(facts.asOf)}` : ''} · ${longDate(facts.today)}`;
}

export function sourceOf(facts: PictureFacts): string {
  return `Source: Alliance Atlas, ${facts.mapTitle}${facts.owner ? ` (kept by ${facts.owner})` : ''}. View: ${facts.address}`;
}

/** What the colours mean, then the kinds of tie. */
export function legendRows(colourLabel: string, colours: LegendEntry[], ties: TieKind[]): LegendRow[] {
  return [
    { label: `Colour: ${colourLabel.toLowerCase()}`, colour: '', heading: true },
    ...colours.filter((e) => e.count > 0).map((e) => ({ label: `${e.label} (${e.count.toLocaleString('en-GB')})`, colour: e.color })),
    { label: 'Ties', colour: '', heading: true },
    ...ties.map((t) => ({ label: t.label, colour: t.color, line: true })),
  ];
}

export function pictureFileName(map: string, size: string, today: string, format: 'png' | 'svg'): string {
  return `${map}-${size}-${today}.${format}`;
}
