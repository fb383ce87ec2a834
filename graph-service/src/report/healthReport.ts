/**
 * The one-page network health report a core group can hand to its board or its funders: the
 * figures in plain words, the clusters, and the gaps with a reason each. Rendered as a string of
 * HTML with every piece of text escaped; `@media print` keeps it to one A4 page.
 */
import { GAP_DETECTORS, type ClusterResult, type FreshnessFigure, type GapList, type HealthSummary, type ScopeSummary } from '../analysis/index.ts';
import { escapeHtml } from './html.ts';
import { renderTrendSection, type ReportTrend } from './trendSection.ts';

export interface HealthReportInput {
  /** The map's title. */
  title: string;
  /** What was analysed: the report's first line says it. */
  scope: ScopeSummary;
  asOf: Date;
  health: HealthSummary;
  /** The map's freshness figure (analysis/freshness.ts). */
  freshness: FreshnessFigure;
  clusters: ClusterResult;
  gaps: GapList[];
  weights: Record<string, number>;
  /** How the network grew (trendSection.ts); left out when not given. */
  trend?: ReportTrend;
}

export { escapeHtml };

const number = (value: number, digits = 2) => (Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toFixed(digits));
const colour = (value: string) => (/^#[0-9a-fA-F]{3,8}$/.test(value) ? value : '#cccccc');

/** Gap lists in the order a board reads them, with how many items of each to show (each detector says). */
const REPORT_GAPS = [...GAP_DETECTORS].sort((a, b) => a.report.order - b.report.order).map((d): [string, number] => [d.id, d.report.items]);

/** The report's first line: what it covers. "Covers all 85 organisations, as of 1 November 2026." */
export function coverage(scope: ScopeSummary, date: string): string {
  const shown = scope.filtered ? ` (${scope.nodes.toLocaleString('en-GB')} of the map's ${scope.totalNodes.toLocaleString('en-GB')} nodes)` : '';
  return `Covers ${scope.description}${shown}, as of ${date}.`;
}

export function renderHealthReport(input: HealthReportInput): string {
  const { health, clusters, gaps, scope } = input;
  const date = input.asOf.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const figures: [string, string, string][] = [
    ['Organisations', number(health.organisations), scope.filtered ? 'those the filters leave' : 'on the map'],
    ['Working ties', number(health.ties), 'partnerships, funding, shared staff, reported ties'],
    ['Clusters', number(health.clusters), `groups that work mostly with each other (modularity ${number(health.modularity)})`],
    ['Isolated', number(health.isolated), 'organisations with no working tie to another'],
    ['Pieces', number(health.components), `the largest holds ${number(health.largestComponent)} organisations`],
    ['Average ties', number(health.averageDegree, 1), 'working ties per organisation'],
    ['Density', `${number(health.density * 100, 1)}%`, 'of all possible pairs are tied'],
    ['Clustering', number(health.averageClustering), `how often partners of partners are partners (transitivity ${number(health.transitivity)})`],
  ];
  const { freshness } = input;
  const byId = new Map(gaps.map((g) => [g.detector, g]));
  const gapRows = REPORT_GAPS.map(([id, show]) => {
    const list = byId.get(id);
    if (!list) return '';
    const items = list.items.slice(0, show).map((i) => `<li><strong>${escapeHtml(i.title)}</strong> — ${escapeHtml(i.reason)}</li>`).join('');
    const more = list.items.length > show && show > 0 ? `<li class="more">and ${list.items.length - show} more in the Gaps panel</li>` : '';
    return `<section class="gap"><h3>${escapeHtml(list.title)} <span class="count">${list.items.length}</span></h3>${items || more ? `<ul>${items}${more}</ul>` : ''}</section>`;
  }).join('');
  const clusterRows = clusters.clusters
    .slice(0, 8)
    .map(
      (c) => `<tr>
        <td><span class="swatch" style="background:${colour(c.colour)}"></span>${escapeHtml(c.name)}</td>
        <td class="num">${c.size}</td>
        <td>${escapeHtml(c.themes.slice(0, 3).map((t) => t.name).join(', ') || '—')}</td>
        <td>${escapeHtml(c.coreMembers.map((m) => m.name).join(', ') || '—')}</td>
        <td>${escapeHtml(c.bridges.slice(0, 2).map((b) => b.name).join(', ') || 'none')}</td>
        <td>${c.funded ? 'yes' : '<strong>no</strong>'}</td>
      </tr>`,
    )
    .join('');
  const hiddenClusters = clusters.clusters.length > 8 ? `<p class="note">and ${clusters.clusters.length - 8} smaller clusters.</p>` : '';
  const weights = Object.entries(input.weights).map(([k, v]) => `${escapeHtml(k)} ${escapeHtml(v)}`).join(', ');

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}: network health — Alliance Atlas, ${escapeHtml(date)}</title>
<style>
  :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; }
  * { box-sizing: border-box; }
  body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 24px auto; max-width: 900px; padding: 0 16px; }
  header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid var(--ink); margin-bottom: 12px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 15px; margin: 14px 0 6px; }
  h3 { font-size: 13px; margin: 0 0 2px; }
  .date { color: var(--muted); }
  .covers { font-weight: 600; margin: 0 0 2px; }
  .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
  .figure { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; }
  .figure .value { font-size: 20px; font-weight: 700; }
  .figure .label { font-weight: 600; }
  .figure .hint { color: var(--muted); font-size: 11px; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { font-size: 11px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
  .num { text-align: right; }
  .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; border: 1px solid rgba(0,0,0,.25); }
  .sparks { display: flex; gap: 24px; color: var(--ink); margin: 4px 0; }
  .sparks > div { display: flex; align-items: center; gap: 8px; font-weight: 600; }
  .trend-words { margin: 2px 0 6px; padding-left: 16px; }
  .gaps { columns: 2; column-gap: 20px; }
  .gap { break-inside: avoid; margin-bottom: 8px; }
  .gap ul { margin: 2px 0 0; padding-left: 16px; }
  .gap li { margin: 1px 0; }
  .count { display: inline-block; min-width: 20px; padding: 0 6px; border-radius: 10px; background: var(--ink); color: #fff; font-size: 11px; text-align: center; }
  .more, .note, footer { color: var(--muted); }
  footer { margin-top: 12px; border-top: 1px solid var(--line); padding-top: 6px; font-size: 11px; }
  /* On a phone: two figures a row, and tables fit the width (long words break) instead of running off the page. */
  @media screen and (max-width: 600px) { .figures { grid-template-columns: repeat(2, 1fr); } table { table-layout: fixed; font-size: 11.5px; } th, td { overflow-wrap: anywhere; padding-left: 2px; padding-right: 2px; } }
  @media print {
    @page { size: A4; margin: 12mm; }
    body { margin: 0; max-width: none; padding: 0; font-size: 10px; }
    h1 { font-size: 18px; }
    h2 { font-size: 12px; margin: 8px 0 4px; }
    h3 { font-size: 10.5px; }
    .figure .value { font-size: 15px; }
    .figure .hint, footer { font-size: 8.5px; }
    .swatch, .count { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    section, table, tr { break-inside: avoid; }
  }
</style>
</head>
<body>
<header>
  <div><h1>${escapeHtml(input.title)}: network health</h1><p class="covers" data-testid="report-scope">${escapeHtml(coverage(input.scope, date))}</p><div>Alliance Atlas: who works with whom, and where the gaps are</div></div>
  <div class="date">${escapeHtml(date)}</div>
</header>
<main>
<section class="figures">
${figures.map(([label, value, hint]) => `  <div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="hint">${escapeHtml(hint)}</div></div>`).join('\n')}
</section>
<h2>Is it still true?</h2>
<p class="freshness" data-testid="report-freshness"><strong>${escapeHtml(`${Math.round(freshness.share * 100)}% confirmed`)}</strong> — ${escapeHtml(freshness.words)} Members confirm what is still true from the review queue.</p>
<h2>Clusters</h2>
${clusters.clusters.length ? `<table><thead><tr><th>Cluster</th><th class="num">Size</th><th>Main themes</th><th>Core-group members</th><th>Bridges to others</th><th>Funded</th></tr></thead><tbody>${clusterRows}</tbody></table>${hiddenClusters}` : '<p class="note">No clusters yet: too few ties between organisations.</p>'}
${input.trend ? renderTrendSection(input.trend) : ''}
<h2>Gaps</h2>
<div class="gaps">${gapRows}</div>
</main>
<footer>
  Organisations are tied when they work together: partnerships, funding, shared staff and reported ties; shared events and alliance membership count a little towards clusters only.
  Clusters: Louvain, seed ${escapeHtml(clusters.seed)}, resolution ${escapeHtml(clusters.resolution)}. Weights: ${weights}.
  Records are only as current as their last confirmation; see "Records to check again".
</footer>
</body>
</html>
`;
}
