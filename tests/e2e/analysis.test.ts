/**
 * The Clusters & gaps panels in Chromium, on the Battersea map: the worker's clusters match the
 * service's, the panel analyses what the map shows with the current filters and says so (the
 * header and the panel count the same nodes), list items highlight and select on the map, gap
 * parameters re-run the analysis, what-if answers, the report link carries the map and filters.
 */
import { describe, expect, it } from 'vitest';
import { BATTERSEA, openAtlas, screenshot, rigForThisFile } from './support/browser.ts';
import { nodeLook } from './support/map.ts';
import { poll } from './support/published.ts';

const rig = rigForThisFile();

const MAP_API = `/api/maps/${BATTERSEA}`;

/** Opens the map (with a view state, e.g. filters) on the Analysis tab, at one of its views (clusters first). */
async function openAnalysis(view?: 'gaps' | 'what-if', query = '') {
  const opened = await openAtlas(rig, query);
  await opened.page.getByTestId('tab-analysis').click();
  if (view) await opened.page.getByTestId(`analysis-view-${view}`).click();
  return opened;
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, rig.server.url));
  return (await res.json()) as T;
}

describe('Clusters & gaps panels', () => {
  it('shows the same clusters as the API, and a cluster highlights its members and selects its key member', async () => {
    const { page, errors } = await openAnalysis();
    const items = page.getByTestId('analysis-cluster-item');
    await poll(() => items.count()).toBeGreaterThan(0);

    const service = await api<{ modularity: number; clusters: { name: string; keyMember: string; size: number; members: { id: string }[] }[] }>(`${MAP_API}/analysis/clusters`);
    expect(await page.getByTestId('analysis-modularity').innerText()).toContain(service.modularity.toFixed(2));
    const first = service.clusters[0];
    await poll(() => items.first().innerText()).toContain(first.name);
    expect(await items.count()).toBe(Math.min(8, service.clusters.length));
    const health = await page.getByTestId('analysis-health').innerText();
    expect(health).toMatch(/Organisations\s+\d+/);

    // A cluster highlights its members (it selects nothing: selecting focuses on one node's neighbours).
    await items.first().click();
    expect(await items.first().getAttribute('aria-pressed')).toBe('true');
    const outsider = service.clusters[1].members[0].id;
    await poll(async () => (await nodeLook(page, outsider)).dimmed).toBe(true);
    for (const m of first.members.slice(0, 5)) expect((await nodeLook(page, m.id)).dimmed, m.id).toBe(false);
    await screenshot(page, 'analysis-clusters');
    await page.getByTestId('analysis-clear').click();
    await poll(async () => (await nodeLook(page, outsider)).dimmed).toBe(false);

    // Its member list selects one organisation.
    await page.getByRole('button', { name: new RegExp(`Show the ${first.size} members`) }).click();
    const member = first.members[0].id;
    const name = await page.evaluate((id) => window.atlas!.graph.getNodeAttribute(id, 'label') as string, member);
    await page.getByTestId('analysis-clusters').getByRole('button', { name, exact: true }).click();
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe(name);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('gap lists come from the registry, with counts, reasons and parameters', async () => {
    const { page, errors } = await openAnalysis('gaps');
    const service = await api<{ gaps: { detector: string; items: { title: string; reason: string; nodeIds: string[] }[] }[] }>(`${MAP_API}/analysis/gaps?only=delivery-partners-far-from-core,themes`);
    const delivery = page.getByTestId('analysis-gap-delivery-partners-far-from-core');
    await poll(() => delivery.getByTestId('analysis-gap-count').innerText()).toBe(String(service.gaps[0].items.length));
    await delivery.locator('summary').click();
    const item = delivery.getByTestId('analysis-gap-item').first();
    expect(await item.innerText()).toContain(service.gaps[0].items[0].reason);
    await item.click();
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe(service.gaps[0].items[0].title);

    // Raising "fewest organisations" lists more themes.
    const themes = page.getByTestId('analysis-gap-themes');
    await themes.locator('summary').click();
    const before = Number(await themes.getByTestId('analysis-gap-count').innerText());
    expect(before).toBe(service.gaps[1].items.length);
    await themes.getByTestId('analysis-param-minActiveOrganisations').fill('6');
    await poll(async () => Number(await themes.getByTestId('analysis-gap-count').innerText())).toBeGreaterThan(before);
    // An out-of-range value is explained, not sent.
    await themes.getByTestId('analysis-param-minActiveOrganisations').fill('0');
    await poll(() => themes.locator('.analysis-error').innerText()).toMatch(/between 1 and 50/);
    await screenshot(page, 'analysis-gaps');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('what-if: closing an organisation shows who is cut off', async () => {
    const { page, errors } = await openAnalysis('what-if');
    await page.getByTestId('analysis-whatif-org').selectOption('org-kls');
    await page.getByTestId('analysis-whatif-run').click();
    const summary = page.getByTestId('analysis-whatif-summary');
    const service = await api<{ summary: string; isolated: { title: string }[] }>(`${MAP_API}/analysis/what-if?remove=org-kls&mode=closes`);
    await poll(() => summary.innerText()).toBe(service.summary);
    const affected = page.getByTestId('analysis-whatif-item');
    expect(await affected.count()).toBeGreaterThan(0);
    expect(await affected.first().innerText()).toContain(service.isolated[0].title);
    await screenshot(page, 'analysis-what-if');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('analyses what the map shows: the sentence, and the same count of nodes as the header', async () => {
    type Health = { organisations: number; scope: { description: string; nodes: number; totalNodes: number } };
    const whole = await api<Health>(`${MAP_API}/analysis/health`);
    const all = await openAnalysis();
    const scope = all.page.getByTestId('analysis-scope');
    await poll(() => scope.innerText()).toBe(`Analysing ${whole.scope.description}`);
    expect(whole.scope.description).toBe(`all ${whole.organisations} organisations`);
    await all.page.close();

    const area = await api<Health>(`${MAP_API}/analysis/health?areas=area-battersea`);
    const { page, errors } = await openAnalysis(undefined, '?areas=area-battersea');
    await poll(() => page.getByTestId('analysis-scope').innerText()).toContain(`Analysing ${area.scope.description}`);
    expect(area.scope.description).toMatch(/^\d+ organisations in Battersea$/);
    const header = await page.getByTestId('graph-counts').innerText();
    expect(header).toContain(`Showing ${area.scope.nodes} of ${area.scope.totalNodes} nodes`);
    const line = page.getByTestId('analysis-scope');
    expect(Number(await line.getAttribute('data-nodes'))).toBe(area.scope.nodes);
    expect(await line.innerText()).toContain(`(the ${area.scope.nodes} of ${area.scope.totalNodes} nodes shown)`);
    expect(await page.getByTestId('analysis-health').innerText()).toMatch(new RegExp(`Organisations\\s+${area.organisations}\\b`));
    expect(area.organisations).toBeLessThan(whole.organisations);

    // The report covers the same scope.
    const href = await page.getByTestId('analysis-report-link').getAttribute('href');
    expect(href).toBe(`${MAP_API}/reports/health?areas=area-battersea`);
    const res = await fetch(new URL(href!, rig.server.url));
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain(`Covers ${area.scope.description} (`);
    await screenshot(page, 'analysis-scope');
    expect(errors).toEqual([]);
    await page.close();
  });
});
