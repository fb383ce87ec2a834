import { useCallback, useEffect, useMemo, useState } from 'react';
import { Legend } from './components/Legend';
import { NodePanel } from './components/NodePanel';
import { SigmaMap } from './controllers/SigmaMap';
import { AtlasError, fetchGraph } from './core/api';
import { detectCommunities } from './core/appearance';
import { dataGraphFromJSON, type DataGraph } from './core/graph';
import { countGraph, plural } from './core/graph/utils';

type Load = { state: 'loading' } | { state: 'error'; error: AtlasError } | { state: 'ready'; data: DataGraph };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [selected, setSelected] = useState<string | undefined>();
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetchGraph(controller.signal).then(
      (json) => setLoad({ state: 'ready', data: dataGraphFromJSON(json) }),
      (e: Error) => {
        if (e.name !== 'AbortError') setLoad({ state: 'error', error: e instanceof AtlasError ? e : new AtlasError(e.message, 'Try again.') });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const data = load.state === 'ready' ? load.data : undefined;
  const communities = useMemo(() => (data ? detectCommunities(data) : undefined), [data]);
  const counts = useMemo(() => (data ? countGraph(data) : undefined), [data]);
  const select = useCallback((id: string | undefined) => setSelected(id), []);

  return (
    <div className="app">
      <header>
        <h1>Alliance Atlas</h1>
        {counts && (
          <p data-testid="graph-counts" className="counts">
            {plural(counts.byType.Organisation, 'organisation', 'organisations')} · {plural(counts.byType.Person, 'person', 'people')} · {plural(counts.byType.Theme, 'theme', 'themes')}
            <span className="muted"> — {counts.nodes} nodes, {counts.ties} ties</span>
          </p>
        )}
        {layoutRunning && <p className="muted layout-state">Arranging the map…</p>}
      </header>
      <main>
        {load.state === 'loading' && <div className="state">Loading the network…</div>}
        {load.state === 'error' && (
          <div className="state error" role="alert">
            <p><strong>{load.error.message}</strong></p>
            <p>{load.error.hint}</p>
            <button type="button" onClick={() => setAttempt((a) => a + 1)}>Try again</button>
          </div>
        )}
        {load.state === 'ready' && data!.order === 0 && <div className="state">No organisations yet. Run <code>npm run seed</code> to load the example alliances.</div>}
        {data && communities && counts && data.order > 0 && (
          <>
            <SigmaMap data={data} communities={communities} selected={selected} onSelect={select} onLayoutState={setLayoutRunning} />
            <Legend communities={communities} counts={counts} onSelect={select} />
            {selected && <NodePanel id={selected} onSelect={select} />}
          </>
        )}
      </main>
    </div>
  );
}
