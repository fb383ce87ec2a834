/** The gap summary over the map says the gap lists' own figures, and highlights and lists their nodes. */
import { describe, expect, it } from 'vitest';
import { analyseScope, NO_SCOPE_FILTERS, type ScopedAnalysis } from '../../../graph-service/src/analysis/index.ts';
import { summariseGaps } from '../../../app/src/gapSummary/summary.ts';
import { seedGraph } from '../analysis/seedGraph.ts';

describe('the gap summary', () => {
  const analysis = analyseScope(seedGraph(), NO_SCOPE_FILTERS);
  const list = (id: string) => analysis.gaps.find((g) => g.detector === id)!;
  const parts = summariseGaps(analysis);
  const part = (id: string) => parts.find((p) => p.detector === id)!;

  it('counts the isolated organisations of all those analysed', () => {
    const isolated = list('isolated').items;
    expect(isolated.length).toBeGreaterThan(0);
    expect(part('isolated').words).toBe(`${isolated.length} of ${analysis.health.organisations} organisations have no working tie`);
    expect(part('isolated').nodeIds).toEqual(isolated.map((i) => i.nodeIds[0]));
    expect(part('isolated').entries.map((e) => e.name)).toEqual(isolated.map((i) => i.title));
  });

  it('counts only the themes nobody leads, not the thin ones', () => {
    const leaderless = list('themes').items.filter((i) => i.details?.leads === 0);
    expect(part('themes').words).toBe(`${leaderless.length} theme${leaderless.length === 1 ? ' has' : 's have'} no lead`);
    expect(part('themes').nodeIds).toEqual(leaderless.map((i) => i.id));
  });

  it('names one far delivery partner in the singular', () => {
    expect(list('delivery-partners-far-from-core').items).toHaveLength(1);
    expect(part('delivery-partners-far-from-core').words).toBe('1 delivery partner is far from the core group');
  });

  it('leaves out what the map does not lack', () => {
    const none: ScopedAnalysis = { ...analysis, gaps: analysis.gaps.map((g) => ({ ...g, items: [] })) };
    expect(summariseGaps(none)).toEqual([]);
  });
});
