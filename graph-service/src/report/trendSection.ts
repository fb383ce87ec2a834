/**
 * The health report's trend section: how the network grew, per event when the map records a
 * handful of dated events (the moments a core group plans around), else per quarter; a small
 * table of the latest points, a sparkline of every point, and the change in plain words.
 */
import type { ScopeFilters, ScopeGraph } from '../analysis/index.ts';
import { compareDates, growthTrend, type GrowthOptions, type GrowthTrend, type TrendBy, type TrendPoint } from '../analysis/time/index.ts';
import { asOfDay } from '../model/time.ts';
import { escapeHtml } from './html.ts';

/** Up to this many dated events, the trend goes by event; more would not fit the page as rows. */
export const REPORT_EVENT_LIMIT = 12;
/** Rows of the table: the latest points (the sparkline shows them all). */
export const REPORT_TREND_ROWS = 3;

function countEvents(data: ScopeGraph, last: string | undefined): number {
  let n = 0;
  data.forEachNode((_, attrs) => {
    const day = asOfDay(attrs.date);
    if (attrs.nodeType === 'Event' && day !== undefined && (last === undefined || day <= last)) n++;
  });
  return n;
}

/** The trend and, in words, what changed from its first point to its last. */
export interface ReportTrend {
  trend: GrowthTrend;
  summary: string[];
}

/** The day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The report's trend, up to the filters' date when they name one (the report is "as of" it), and
 * the compare of its span in words: from the day before the first event (so the event's own
 * change is in it) or the first quarter's end, to the last point.
 */
export function reportTrend(data: ScopeGraph, filters: ScopeFilters, options: GrowthOptions = {}): ReportTrend {
  const to = asOfDay(filters.asOf) ?? undefined;
  const events = countEvents(data, to);
  const by: TrendBy = events >= 2 && events <= REPORT_EVENT_LIMIT ? 'event' : 'quarter';
  const whole = { ...filters, asOf: null };
  const trend = growthTrend(data, whole, { ...options, by, ...(to ? { to } : {}) });
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  if (!first || first === last) return { trend, summary: trend.summary };
  const from = by === 'event' ? dayBefore(first.date) : first.date;
  const change = compareDates(data, whole, from, last.date, options).summary;
  // The compare and the trend may say the same sentence (the undated ties left out): once is enough.
  return { trend, summary: [...new Set([...change, ...trend.summary.filter((s) => !s.startsWith('Between'))])] };
}

/** An inline SVG line of one figure over the points, with its first and last value in words for screen readers. */
export function sparkline(points: TrendPoint[], value: (p: TrendPoint) => number, label: string, width = 240, height = 36): string {
  if (points.length === 0) return '';
  const values = points.map(value);
  const max = Math.max(...values, 1);
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const xy = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`).join(' ');
  const title = `${label}: ${values[0]} at ${points[0].label}, ${values[values.length - 1]} at ${points[points.length - 1].label}`;
  return `<svg class="spark" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title><polyline fill="none" stroke="currentColor" stroke-width="1.5" points="${xy}"/></svg>`;
}

export function renderTrendSection({ trend, summary }: ReportTrend): string {
  if (trend.points.length === 0) return `<h2>How it grew</h2><p class="note">${escapeHtml(summary.join(' '))}</p>`;
  const rows = trend.points.slice(-REPORT_TREND_ROWS).map((p) => {
    const f = p.figures;
    return `<tr><td>${escapeHtml(p.label)}</td><td class="num">${f.organisations}</td><td class="num">${f.workingTies}</td><td class="num">${f.isolated}</td><td class="num">${Math.round(f.nearCore * 100)}%</td><td class="num">${f.bridgingTies}</td></tr>`;
  }).join('');
  const hidden = trend.points.length > REPORT_TREND_ROWS ? `<p class="note">The latest ${REPORT_TREND_ROWS} of ${trend.points.length} ${trend.by === 'event' ? 'events' : 'quarters'}; the lines show them all.</p>` : '';
  return `<h2>How it grew, ${trend.by === 'event' ? 'event by event' : 'quarter by quarter'}</h2>
<section class="trend" data-testid="report-trend">
<ul class="trend-words">${summary.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<div class="sparks"><div>Organisations ${sparkline(trend.points, (p) => p.figures.organisations, 'Organisations')}</div><div>Working ties ${sparkline(trend.points, (p) => p.figures.workingTies, 'Working ties')}</div></div>
<div class="table-wrap" tabindex="0" role="region" aria-label="Growth table"><table><thead><tr><th>${trend.by === 'event' ? 'Event' : 'Quarter'}</th><th class="num">Organisations</th><th class="num">Working ties</th><th class="num">Isolated</th><th class="num">Near the core</th><th class="num">Bridging ties</th></tr></thead><tbody>${rows}</tbody></table></div>${hidden}
</section>`;
}
