/**
 * The report's appendix: every gap list and every cluster in full, so that each list the first
 * page shortens ends in a place a reader of the paper copy can turn to.
 */
import type { ClusterResult, GapList } from '../analysis/index.ts';
import { escapeHtml } from './html.ts';

export const APPENDIX_ID = 'appendix';
export const APPENDIX_NAME = 'the appendix (page 2 on paper)';

function gapListInFull(list: GapList): string {
  const items = list.items.map((i) => `<li><strong>${escapeHtml(i.title)}</strong> — ${escapeHtml(i.reason)}</li>`).join('');
  return `<section class="gap full" data-testid="appendix-gap"><h3>${escapeHtml(list.title)} <span class="count">${list.items.length}</span></h3>${items ? `<ol>${items}</ol>` : '<p class="note">None.</p>'}</section>`;
}

function clusterInFull(cluster: ClusterResult['clusters'][number]): string {
  const members = cluster.members.map((m) => escapeHtml(m.core ? `${m.name} (core group)` : m.name)).join(', ');
  const bridges = cluster.bridges.length
    ? cluster.bridges.map((b) => `${escapeHtml(b.name)}: ${b.ties} ${b.ties === 1 ? 'tie' : 'ties'} to ${escapeHtml(b.clusters.map((c) => c.name).join(', '))}`).join('; ')
    : 'none';
  return `<section class="gap full"><h3><span class="swatch" style="background:${/^#[0-9a-fA-F]{3,8}$/.test(cluster.colour) ? cluster.colour : '#cccccc'}"></span>${escapeHtml(cluster.name)} <span class="count">${cluster.size}</span></h3>
<p>${escapeHtml(cluster.holdsTogether)}</p><p>${members}.</p><p><strong>Bridges:</strong> ${bridges}.</p></section>`;
}

export function renderAppendix(gaps: GapList[], clusters: ClusterResult): string {
  const alone = clusters.alone.length ? `<section class="gap full"><h3>In no cluster <span class="count">${clusters.alone.length}</span></h3><p>${clusters.alone.map((a) => escapeHtml(a.name)).join(', ')}.</p></section>` : '';
  return `<section class="appendix" id="${APPENDIX_ID}" data-testid="report-appendix">
<h2>Appendix: every list in full</h2>
<div class="gaps">${gaps.map(gapListInFull).join('')}</div>
<h2>Every cluster, its members and its bridges</h2>
<div class="gaps">${clusters.clusters.map(clusterInFull).join('')}${alone}</div>
</section>`;
}
