/** The printable report escapes every piece of text it shows. */
import { describe, expect, it } from 'vitest';
import { analyse, describeScope, freshnessFigure, GAP_DETECTORS, NO_SCOPE_FILTERS, analyseScope, organisationNetwork, type AtlasGraph } from '../../../graph-service/src/analysis/index.ts';
import { escapeHtml, renderHealthReport } from '../../../graph-service/src/report/healthReport.ts';
import { AS_OF, smallAlliance } from '../../fixtures/analysis/stakeholders.ts';

/** The picture's input: the organisation network analysed, with no saved layout. */
const picture = (data: AtlasGraph) => ({ network: organisationNetwork(data, { asOf: AS_OF }).graph, positions: {} });

describe('health report', () => {
  it('escapes names and reasons', () => {
    const data = smallAlliance();
    data.setNodeAttribute('lonely', 'name', '<script>alert("x")</script> & Co\'s');
    const a = analyse(data, { asOf: AS_OF });
    const html = renderHealthReport({ title: 'Board <b>pack</b>', asOf: new Date('2026-06-01'), scope: describeScope(data, NO_SCOPE_FILTERS, null, AS_OF), health: a.health, clusters: a.clusters, gaps: a.gaps, weights: { partnership: 1 }, freshness: freshnessFigure(data, 12, '2026-06-01'), picture: picture(data) });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>pack</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s');
    expect(html).toContain('Board &lt;b&gt;pack&lt;/b&gt;');
    expect(html).toContain('@media print');
    expect(html).toContain('1 June 2026');
    // Every cluster is shown with its colour and name.
    for (const c of a.clusters.clusters) expect(html).toContain(c.colour);
  });

  it('has a section for every gap list, in the order the detectors ask for, naming as many items as each says', () => {
    const a = analyse(smallAlliance(), { asOf: AS_OF });
    const html = renderHealthReport({ title: 'Board pack', asOf: new Date('2026-06-01'), scope: describeScope(smallAlliance(), NO_SCOPE_FILTERS, null, AS_OF), health: a.health, clusters: a.clusters, gaps: a.gaps, weights: {}, freshness: freshnessFigure(smallAlliance(), 12, '2026-06-01'), picture: picture(smallAlliance()) });
    const sections = [...html.matchAll(/<section class="gap"><h3>(.*?) <span class="count">(\d+)<\/span><\/h3>(.*?)<\/section>/g)];
    const expected = [...GAP_DETECTORS].sort((x, y) => x.report.order - y.report.order);
    expect(new Set(expected.map((d) => d.report.order)).size).toBe(GAP_DETECTORS.length);
    expect(sections.map((m) => m[1])).toEqual(expected.map((d) => escapeHtml(d.title)));
    for (const [i, d] of expected.entries()) {
      const list = a.gaps.find((g) => g.detector === d.id)!;
      expect(Number(sections[i][2]), d.id).toBe(list.items.length);
      const named = (sections[i][3].match(/<li><strong>/g) ?? []).length;
      expect(named, d.id).toBe(Math.min(d.report.items, list.items.length));
    }
  });

  it('says first what it covers: the whole map, or what the filters leave', () => {
    const data = smallAlliance();
    const render = (areas: string[]) => {
      const a = analyseScope(data, { ...NO_SCOPE_FILTERS, areas }, { asOf: AS_OF });
      return renderHealthReport({ title: 'Riverside', asOf: new Date(AS_OF), scope: a.scope, health: a.health, clusters: a.clusters, gaps: a.gaps, weights: {}, freshness: freshnessFigure(data, 12, '2026-06-01'), picture: picture(data) });
    };
    const firstLine = (html: string) => html.slice(html.indexOf('<body>')).replace(/<[^>]+>/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2);
    expect(firstLine(render([]))).toEqual(['Riverside: network health', 'Covers all 10 organisations, 1 closed organisation left out, as of 1 June 2026.']);
    expect(firstLine(render(['area-north']))).toEqual(['Riverside: network health', 'Covers 2 organisations in Northside (3 of the map&#39;s 20 nodes), as of 1 June 2026.']);
  });

  it('escapeHtml covers the five special characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
    expect(escapeHtml(undefined)).toBe('');
  });
});
