/**
 * The Clusters and Gaps panels (and What if…): the map's one analysis (analysisStore.ts, run in a
 * web worker on what the map shows: the loaded data with the current filters), saying in words
 * what it analysed. List items highlight their organisations on the map and select one.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { GAP_DETECTORS, scopeQueryString, type HealthSummary, type ScopeFilters, type ScopeSummary, type Visibility } from '../../../graph-service/src/analysis/index.ts';
import { mapPath } from '../core/api';
import { useStore, type DataState } from '../stores';
import type { AnalysisStore } from './analysisStore';
import { ClustersPanel, RESOLUTIONS } from './ClustersPanel';
import { GapsPanel } from './GapsPanel';
import { PointerContext, type Pointer } from './highlight';
import { WhatIfPanel } from './WhatIfPanel';
import { plural } from './words';
import './analysis.css';

export interface AnalysisPanelsProps {
  /** The loaded data; a new state after each change to it. */
  data: DataState;
  /** The current filters: the analysis runs on what they leave, as the map shows it. */
  filters: ScopeFilters;
  /** What the filters leave visible (null: everything), for the what-if list. */
  visibility: Visibility | null;
  /** The open map, for the report's address. */
  map: string;
  /** The map's one analysis: what the map's colours and legend show too. */
  analysis: AnalysisStore;
  onSelect: (nodeId: string) => void;
  onHighlight: (nodeIds: string[] | null) => void;
}

type View = 'clusters' | 'gaps' | 'what-if';
const VIEWS: [View, string][] = [
  ['clusters', 'Clusters'],
  ['gaps', 'Gaps'],
  ['what-if', 'What if'],
];

export function AnalysisPanels({ data, filters, visibility, map, analysis: store, onSelect, onHighlight }: AnalysisPanelsProps) {
  const [view, setView] = useState<View>('clusters');
  const { resolution, gapParameters } = useStore(store.choice);
  const state = useStore(store.state);
  const analysis = useStore(store.latest);

  // Hover previews, click pins; the pinned highlight comes back when the pointer leaves.
  const [pinned, setPinned] = useState<{ key: string; ids: string[] } | null>(null);
  const pinnedRef = useRef(pinned);
  pinnedRef.current = pinned;
  const highlight = useRef(onHighlight);
  highlight.current = onHighlight;
  useEffect(() => () => highlight.current(null), []);
  const pointer = useMemo<Pointer>(
    () => ({
      pinnedKey: pinned?.key ?? null,
      preview: (ids) => highlight.current(ids ?? pinnedRef.current?.ids ?? null),
      choose: (key, ids, select) => {
        if (pinnedRef.current?.key === key) {
          setPinned(null);
          highlight.current(null);
          return;
        }
        setPinned({ key, ids });
        highlight.current(ids);
        if (select && data.graph.hasNode(select)) onSelect(select);
      },
      clear: () => {
        setPinned(null);
        highlight.current(null);
      },
    }),
    [pinned, data, onSelect],
  );
  // A new graph or new clusters make an old highlight meaningless.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `data` and `filters` are the trigger: each change to what is analysed clears the highlight
  useEffect(() => {
    setPinned(null);
    highlight.current(null);
  }, [data, filters]);


  return (
    <PointerContext.Provider value={pointer}>
      <div className="analysis-panels" data-testid="analysis-panels" aria-busy={state.status === 'working'}>
        {analysis && <ScopeLine scope={analysis.scope} />}
        {analysis && <HealthStrip health={analysis.health} />}
        <fieldset className="analysis-views bare" aria-label="Analysis views">
          {VIEWS.map(([id, label]) => (
            <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)} data-testid={`analysis-view-${id}`}>
              {label}
            </button>
          ))}
        </fieldset>
        {pinned && (
          <button type="button" className="analysis-clear" onClick={pointer.clear} data-testid="analysis-clear">
            Clear highlight
          </button>
        )}
        {state.status === 'error' && (
          <p className="analysis-error" role="alert">
            The analysis could not run: {state.message}
          </p>
        )}
        {!analysis && state.status === 'working' && <p className="analysis-note" role="status">Working out clusters and gaps…</p>}
        {analysis && state.status === 'working' && <p className="analysis-updating" role="status">Updating…</p>}
        {analysis && view === 'clusters' && <ClustersPanel clusters={analysis.clusters} resolution={RESOLUTIONS.includes(resolution) ? resolution : 1} onResolution={store.setResolution} />}
        {analysis && view === 'gaps' && <GapsPanel detectors={GAP_DETECTORS} gaps={analysis.gaps} parameters={gapParameters} onParameter={store.setGapParameter} />}
        {view === 'what-if' && <WhatIfPanel data={data} visibility={visibility} run={store.runWhatIf} />}
        <p className="analysis-report">
          <a href={reportAddress(map, filters)} target="_blank" rel="noopener" data-testid="analysis-report-link">
            Printable health report
          </a>{' '}
          <span className="analysis-note">(one page, for boards and funders)</span>
        </p>
      </div>
    </PointerContext.Provider>
  );
}

/** The report of the same scope: the map's report with the current filters as its query. */
function reportAddress(map: string, filters: ScopeFilters): string {
  const query = scopeQueryString(filters);
  return mapPath(map, query ? `reports/health?${query}` : 'reports/health');
}

/** What was analysed, in words; with filters, how that sits against what the header counts. */
function ScopeLine({ scope }: { scope: ScopeSummary }) {
  return (
    <p className="analysis-scope" data-testid="analysis-scope" data-organisations={scope.organisations} data-nodes={scope.nodes}>
      Analysing <strong>{scope.description}</strong>
      {scope.filtered && (
        <span className="analysis-note">
          {' '}
          (the {scope.nodes.toLocaleString('en-GB')} of {scope.totalNodes.toLocaleString('en-GB')} nodes shown)
        </span>
      )}
    </p>
  );
}

function HealthStrip({ health }: { health: HealthSummary }) {
  // The line under the figures is outside the list: a dl holds only dt/dd groups.
  return (
    <>
    <dl className="analysis-health" data-testid="analysis-health">
      <div>
        <dt>Organisations</dt>
        <dd>{health.organisations}</dd>
      </div>
      <div>
        <dt>Working ties</dt>
        <dd>{health.ties}</dd>
      </div>
      <div>
        <dt>Clusters</dt>
        <dd>{health.clusters}</dd>
      </div>
      <div title="Organisations with no partnership, funding, shared staff or reported tie">
        <dt>Isolated</dt>
        <dd>{health.isolated}</dd>
      </div>
    </dl>
      <p className="analysis-note analysis-health-line">
        {plural(health.components, 'separate piece')}; {health.averageDegree.toFixed(1)} ties per organisation; density {(health.density * 100).toFixed(1)}%.
      </p>
    </>
  );
}
