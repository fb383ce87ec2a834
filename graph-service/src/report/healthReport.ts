/**
 * The one-page network health report a core group can hand to its board or its funders: the
 * figures in plain words, a picture of the map, the clusters with every bridge, and the gaps with a
 * reason each; the methods' names and settings are footnotes, and every list is printed in full in
 * an appendix. Rendered as a string of HTML with every piece of text escaped; on paper the main part
 * is one A4 page and the appendix starts on the next (reportStyles.ts).
 */
import { GAP_DETECTORS, type ClusterResult, type FreshnessFigure, type GapList, type HealthSummary, type ScopeSummary } from '../analysis/index.ts';
import { escapeHtml } from './html.ts';
import { renderMapPicture, type MapPictureInput } from './mapPicture.ts';
import { APPENDIX_ID, APPENDIX_NAME, renderAppendix } from './reportAppendix.ts';
import { REPORT_STYLES } from './reportStyles.ts';
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
  /** What the picture of the map is drawn from: the analysed organisation network and the saved layout. */
  picture: Omit<MapPictureInput, 'clusters'>;
}

export { escapeHtml };

const number = (value: number, digits = 2) => (Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toFixed(digits));
const colour = (value: string) => (/^#[0-9a-fA-F]{3,8}$/.test(value) ? value : '#cccccc');

/** Gap lists in the order a board reads them, with how many items of each to show (each detector says). */
const REPORT_GAPS = [...GAP_DETECTORS].sort((a, b) => a.report.order - b.report.order).map((d): [string, number] => [d.id, d.report.items]);
/** Clusters the first page's table shows; the appendix has them all. */
export const REPORT_CLUSTER_ROWS = 8;

/** The report's first line: what it covers. "Covers all 85 organisations, as of 1 November 2026." */
export function coverage(scope: ScopeSummary, date: string): string {
  const shown = scope.filtered ? ` (${scope.nodes.toLocaleString('en-GB')} of the map's ${scope.totalNodes.toLocaleString('en-GB')} nodes)` : '';
  return `Covers ${scope.description}${shown}, as of ${date}.`;
}

export function renderHealthReport(input: HealthReportInput): string {
  const { health, clusters, gaps, scope } = input;
  const date = input.asOf.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Plain words on the page; the measures' technical names and settings are the footnotes' (¹ ²).
  const figures: [string, string, string][] = [
    ['Organisations', number(health.organisations), scope.filtered ? 'those the filters leave' : 'on the map'],
    ['Working ties', number(health.ties), 'partnerships, funding, shared staff, reported ties'],
    ['Clusters', number(health.clusters), 'groups the analysis finds among the organisations¹'],
    ['No working tie', number(health.isolated), 'organisations that work with no other here'],
    ['Separate pieces', number(health.components), `the largest holds ${number(health.largestComponent)} organisations`],
    ['Ties each', number(health.averageDegree, 1), 'working ties per organisation, on average'],
    ['Pairs tied', `${number(health.density * 100, 1)}%`, 'of all pairs of organisations work together'],
    ["Partners' partners", `${Math.round(health.averageClustering * 100)}%`, 'how often two partners of one organisation also work together²'],
  ];
  const { freshness } = input;
  const byId = new Map(gaps.map((g) => [g.detector, g]));
  const ordered = REPORT_GAPS.map(([id]) => byId.get(id)).filter((g): g is GapList => g !== undefined);
  const gapRows = REPORT_GAPS.map(([id, show]) => {
    const list = byId.get(id);
    if (!list) return '';
    const items = list.items.slice(0, show).map((i) => `<li><strong>${escapeHtml(i.title)}</strong> — ${escapeHtml(i.reason)}</li>`).join('');
    const rest = list.items.length - Math.min(show, list.items.length);
    const more = rest > 0 ? `<li class="more">${show > 0 ? `and ${rest} more` : `All ${rest}`}: see <a href="#${APPENDIX_ID}">${APPENDIX_NAME}</a></li>` : '';
    return `<section class="gap"><h3>${escapeHtml(list.title)} <span class="count">${list.items.length}</span></h3>${items || more ? `<ul>${items}${more}</ul>` : ''}</section>`;
  }).join('');
  const clusterRows = clusters.clusters
    .slice(0, REPORT_CLUSTER_ROWS)
    .map(
      (c) => `<tr>
        <td><span class="swatch" style="background:${colour(c.colour)}"></span>${escapeHtml(c.name)}<span class="holds" data-testid="report-holds">${escapeHtml(c.holdsTogether)}</span></td>
        <td class="num">${c.size}</td>
        <td>${escapeHtml(c.coreMembers.map((m) => m.name).join(', ') || '—')}</td>
        <td data-testid="report-bridges">${escapeHtml(c.bridges.map((b) => b.name).join(', ') || 'none')}</td>
        <td>${c.funded ? 'yes' : '<strong>no</strong>'}</td>
      </tr>`,
    )
    .join('');
  const hiddenClusters = clusters.clusters.length > REPORT_CLUSTER_ROWS ? `<p class="note">and ${clusters.clusters.length - REPORT_CLUSTER_ROWS} smaller clusters, in ${APPENDIX_NAME}.</p>` : '';
  const weights = Object.entries(input.weights).map(([k, v]) => `${escapeHtml(k)} ${escapeHtml(v)}`).join(', ');
  const picture = renderMapPicture({ ...input.picture, clusters });

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}: network health — Alliance Atlas, ${escapeHtml(date)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<main>
<div class="page" data-testid="report-page">
<header>
  <div><h1>${escapeHtml(input.title)}: network health</h1><p class="covers" data-testid="report-scope">${escapeHtml(coverage(input.scope, date))}</p><div>Alliance Atlas: who works with whom, and where the gaps are</div></div>
  <div class="date">${escapeHtml(date)}</div>
</header>
<section class="figures" aria-label="The network in figures">
${figures.map(([label, value, hint]) => `  <div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="hint">${escapeHtml(hint)}</div></div>`).join('\n')}
</section>
<div class="overview">
<section aria-labelledby="report-map-heading"><h2 id="report-map-heading">The map</h2>${picture}
<p class="picture-key">Each dot is an organisation, coloured by its cluster (grey: in none); core-group members are ringed; lines are working ties.</p></section>
<section aria-labelledby="report-clusters-heading"><h2 id="report-clusters-heading">Clusters and the organisations that bridge them</h2>
${clusters.clusters.length ? `<div class="table-wrap" tabindex="0" role="region" aria-label="Clusters table"><table><thead><tr><th>Cluster</th><th class="num">Size</th><th>Core group</th><th>Bridges to others</th><th>Funded</th></tr></thead><tbody>${clusterRows}</tbody></table></div>${hiddenClusters}` : '<p class="note">No clusters yet: too few ties between organisations.</p>'}
<h2>Is it still true?</h2>
<p class="freshness" data-testid="report-freshness"><strong>${escapeHtml(`${Math.round(freshness.share * 100)}% confirmed`)}</strong> — ${escapeHtml(freshness.words)} Members confirm what is still true from the review queue.</p>
</section>
</div>
${input.trend ? renderTrendSection(input.trend) : ''}
<h2>Gaps</h2>
<div class="gaps">${gapRows}</div>
<footer class="notes"><ol>
  <li>Organisations are tied when they work together: partnerships, funding, shared staff and reported ties; shared events and alliance membership count a little towards clusters only. Clusters are found with the Louvain method (seed ${escapeHtml(clusters.seed)}, resolution ${escapeHtml(clusters.resolution)}; modularity ${escapeHtml(number(health.modularity))}). Weights: ${weights}.</li>
  <li>Average clustering coefficient ${escapeHtml(number(health.averageClustering))}; transitivity ${escapeHtml(number(health.transitivity))}. Records are only as current as their last confirmation; see "Records to check again".</li>
</ol></footer>
</div>
${renderAppendix(ordered, clusters)}
</main>
</body>
</html>
`;
}
