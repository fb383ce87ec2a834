/**
 * Runs the analysis in the compute worker on what the map shows (the loaded data and the current
 * filters) and keeps the latest answer. New data, filters or settings start a new run; answers to
 * superseded runs are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScopedAnalysis, ScopeFilters, ScopeSummary, WhatIfMode, WhatIfResult } from '../../../graph-service/src/analysis/index.ts';
import type { DataState } from '../stores';
import type { AnalysisSettings } from '../workers/computeApi';
import { compute } from '../workers/computeClient';

export type { AnalysisSettings };

export type AnalysisState =
  | { status: 'working'; previous: ScopedAnalysis | null }
  | { status: 'ready'; analysis: ScopedAnalysis; millis: number }
  | { status: 'error'; message: string };

/** A short pause lets a run of slider steps settle into one request. */
const SETTLE_MS = 150;

export function useAnalysis(data: DataState, settings: AnalysisSettings, filters: ScopeFilters) {
  const [state, setState] = useState<AnalysisState>({ status: 'working', previous: null });
  const latest = useRef(0);
  const key = JSON.stringify(settings);
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    const run = ++latest.current;
    setState((s) => ({ status: 'working', previous: s.status === 'ready' ? s.analysis : s.status === 'working' ? s.previous : null }));
    const timer = setTimeout(() => {
      compute.analyse(data, JSON.parse(key) as AnalysisSettings, JSON.parse(filterKey) as ScopeFilters).then(
        ({ result, millis }) => run === latest.current && setState({ status: 'ready', analysis: result, millis }),
        (e: Error) => run === latest.current && setState({ status: 'error', message: e.message }),
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [data, key, filterKey]);

  const runWhatIf = useCallback(
    async (organisation: string, mode: WhatIfMode): Promise<WhatIfResult & { scope: ScopeSummary }> =>
      (await compute.whatIf(data, organisation, mode, JSON.parse(key) as AnalysisSettings, JSON.parse(filterKey) as ScopeFilters)).result,
    [data, key, filterKey],
  );

  return { state, runWhatIf };
}
