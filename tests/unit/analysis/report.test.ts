/** The printable report escapes every piece of text it shows. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../graph-service/src/analysis/index.ts';
import { escapeHtml, renderHealthReport } from '../../../graph-service/src/report/healthReport.ts';
import { AS_OF, smallAlliance } from '../../fixtures/analysis/stakeholders.ts';

describe('health report', () => {
  it('escapes names and reasons', () => {
    const data = smallAlliance();
    data.setNodeAttribute('lonely', 'name', '<script>alert("x")</script> & Co\'s');
    const a = analyse(data, { asOf: AS_OF });
    const html = renderHealthReport({ title: 'Board <b>pack</b>', asOf: new Date('2026-06-01'), health: a.health, clusters: a.clusters, gaps: a.gaps, weights: { partnership: 1 } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>pack</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s');
    expect(html).toContain('Board &lt;b&gt;pack&lt;/b&gt;');
    expect(html).toContain('@media print');
    expect(html).toContain('1 June 2026');
    // Every cluster is shown with its colour and name.
    for (const c of a.clusters.clusters) expect(html).toContain(c.colour);
  });

  it('escapeHtml covers the five special characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
    expect(escapeHtml(undefined)).toBe('');
  });
});
