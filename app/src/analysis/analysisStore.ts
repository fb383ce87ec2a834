/**
 * The one analysis of the open map: clusters, gaps and health of what the map shows (the data with
 * the current filters), run in the compute worker whenever the data, the filters or the settings
 * change. The map's cluster colours and legend, the Clusters panel and the gap summary all read
 * this store, so they show the same clusters. Each unfiltered run leaves its clusters in the page's
 * memory for the next run to start from (graph-service/src/analysis/stability.ts): a tie added,
 * or an import, keeps every unaffected organisation's cluster and colour. The first run of a page
 * starts from the service's clusters of the map, so the page, the exports and the report, which
 * the service works out, start from the same clusters.
 */
import { ClusterMemories, DEFAULT_SEED, gapParameterDefaults, type ClusterResult, type ScopedAnalysis, type ScopeSummary, type WhatIfMode, type WhatIfResult } from '../../../graph-service/src/analysis/index.ts';
import { mapPath, requestJSON } from '../core/api/request';
import type { DataStore } from '../stores/data';
import type { FiltersStore } from '../stores/filters';
import { derived, stopAll, store } from '../stores/store';
import type { AnalysisSettings } from '../workers/computeApi';
import { compute } from '../workers/computeClient';

export type AnalysisState =
  | { status: 'working'; previous: ScopedAnalysis | null }
  | { status: 'ready'; analysis: ScopedAnalysis; millis: number }
  | { status: 'error'; message: string };

/** What the reader chooses: cluster size and the gap lists' parameters. */
export interface AnalysisChoice {
  resolution: number;
  gapParameters: Record<string, number>;
}

/** A short pause lets a run of slider steps or edits settle into one request. */
const SETTLE_MS = 150;

/** The page's memory of each map's last clusters: it outlives one opening of the map. */
const memories = new ClusterMemories();

export function createAnalysisStore(mapId: string, data: DataStore, filters: FiltersStore) {
  const choice = store<AnalysisChoice>({ resolution: 1, gapParameters: gapParameterDefaults() });
  const state = store<AnalysisState>({ status: 'working', previous: null });
  /** The latest answer, kept while a newer one is worked out. */
  const latest = derived([state], (s) => (s.status === 'ready' ? s.analysis : s.status === 'working' ? s.previous : null));
  const clusters = derived([latest], (a): ClusterResult | null => a?.clusters ?? null);
  // A date's clusters start cold, as the service's do: the same date always gives the same picture.
  const settings = (): AnalysisSettings => ({ ...choice.get(), seed: DEFAULT_SEED, memory: filters.filters.get().asOf ? undefined : memories.recall(mapId) });

  /** The service's clusters of the whole map, once per page: a failure only means a cold start. */
  async function recallFromService(): Promise<void> {
    if (memories.recall(mapId)) return;
    try {
      const served = await requestJSON<ClusterResult>(mapPath(mapId, 'analysis/clusters'));
      if (!memories.recall(mapId)) memories.remember(mapId, served);
    } catch {
      // Offline or an older service: this page's own first run is the starting point.
    }
  }

  function start(): () => void {
    let run = 0;
    let timer = 0;
    const recalled = recallFromService();
    const again = () => {
      const mine = ++run;
      window.clearTimeout(timer);
      state.update((s) => ({ status: 'working', previous: s.status === 'ready' ? s.analysis : s.status === 'working' ? s.previous : null }));
      timer = window.setTimeout(async () => {
        await recalled;
        if (mine !== run) return;
        const asked = filters.filters.get();
        compute.analyse(data.state.get(), settings(), asked).then(
          ({ result, millis }) => {
            if (mine !== run) return;
            // Only the whole map as it is now is remembered: a filter or a date must not move it.
            if (!result.scope.filtered && !asked.asOf) memories.remember(mapId, result.clusters);
            state.set({ status: 'ready', analysis: result, millis });
          },
          (e: Error) => mine === run && state.set({ status: 'error', message: e.message }),
        );
      }, SETTLE_MS);
    };
    const stop = stopAll([data.state.subscribe(again), filters.filters.subscribe(again), choice.subscribe(again), () => window.clearTimeout(timer)]);
    again();
    return stop;
  }

  async function runWhatIf(organisation: string, mode: WhatIfMode): Promise<WhatIfResult & { scope: ScopeSummary }> {
    return (await compute.whatIf(data.state.get(), organisation, mode, settings(), filters.filters.get())).result;
  }

  return {
    choice,
    state,
    latest,
    clusters,
    setResolution: (resolution: number) => choice.update((c) => (c.resolution === resolution ? c : { ...c, resolution })),
    setGapParameter: (name: string, value: number) => choice.update((c) => (c.gapParameters[name] === value ? c : { ...c, gapParameters: { ...c.gapParameters, [name]: value } })),
    runWhatIf,
    start,
  };
}

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;
