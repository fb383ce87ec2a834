import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AtlasError, fetchGraph } from './core/api';
import { buildDisplayGraph, detectCommunities, type Highlight } from './core/appearance';
import { dataGraphFromJSON, type DataGraph } from './core/graph';
import { countGraph } from './core/graph/utils';
import { initialPositions, loadPositions, warmStart } from './core/layout';
import { GraphView } from './components/GraphView';
import { Header } from './components/Header';
import { LayoutControls } from './components/LayoutControls';
import { Legend } from './components/Legend';
import { NodePanel } from './components/NodePanel';
import { Search } from './components/Search';
import { Hint, StatusScreen } from './components/StatusScreen';
import { CameraController, type FocusRequest } from './controllers/CameraController';
import { EventsController } from './controllers/EventsController';
import { HighlightController } from './controllers/HighlightController';
import { LayoutController, type LayoutRun, type LayoutStatus } from './controllers/LayoutController';
import { ReadyController } from './controllers/ReadyController';

type Load = { state: 'loading' } | { state: 'error'; error: AtlasError } | { state: 'ready'; data: DataGraph };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetchGraph(controller.signal)
      .then((json) => setLoad({ state: 'ready', data: dataGraphFromJSON(json) }))
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        setLoad({ state: 'error', error: e instanceof AtlasError ? e : new AtlasError('The map data could not be read.', `${e.message}. Reload the page; if it keeps happening, check the terminal running \`npm start\`.`) });
      });
    return () => controller.abort();
  }, [attempt]);

  if (load.state === 'loading') {
    return (
      <Shell>
        <StatusScreen kind="loading" title="Loading the atlas…" />
      </Shell>
    );
  }
  if (load.state === 'error') {
    return (
      <Shell>
        <StatusScreen kind="error" title={load.error.message}>
          <Hint text={load.error.hint} />
          <button type="button" className="primary" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </StatusScreen>
      </Shell>
    );
  }
  if (load.data.order === 0) {
    return (
      <Shell>
        <StatusScreen kind="empty" title="The atlas is empty">
          <Hint text={window.location.search ? 'Nothing matches this filter. Remove `?alliance=` / `?area=` from the address to see everything.' : 'Load the curated data with `npm run seed`, then reload this page.'} />
        </StatusScreen>
      </Shell>
    );
  }
  return <Atlas data={load.data} />;
}

function Shell({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <Header counts={null} />
      <main className="stage">{children}</main>
    </div>
  );
}

/** The map once data is in: derives what to draw and wires the controllers. */
function Atlas({ data }: { data: DataGraph }) {
  const counts = useMemo(() => countGraph(data), [data]);
  const communities = useMemo(() => detectCommunities(data), [data]);
  const start = useMemo(() => initialPositions(data, loadPositions()), [data]);
  const display = useMemo(() => {
    const graph = buildDisplayGraph(data, communities, start.positions);
    // Only a mostly new layout needs the head start; a restored one is already settled.
    if (start.missing > data.order / 4) warmStart(graph);
    return graph;
  }, [data, communities, start]);

  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [legend, setLegend] = useState<Highlight['legend']>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [fitToken, setFitToken] = useState(0);
  // A fully restored layout doesn't need to run again; anything new does.
  const [run, setRun] = useState<LayoutRun>({ running: start.missing > 0, runId: 0, reset: false });
  const [status, setStatus] = useState<LayoutStatus>(start.missing > 0 ? 'running' : 'restored');

  const onStatus = useCallback((next: LayoutStatus) => {
    setStatus(next);
    if (next === 'settled' || next === 'timeout') setRun((r) => ({ ...r, running: false }));
  }, []);

  /** Selecting from outside the canvas also moves the camera there. */
  const goTo = useCallback((node: string) => {
    setSelected(node);
    setFocus((f) => ({ node, nonce: (f?.nonce ?? 0) + 1 }));
  }, []);
  const closePanel = useCallback(() => setSelected(null), []);

  return (
    <div className="app">
      <Header counts={counts}>
        <Search data={data} onSelect={goTo} />
      </Header>
      <main className="stage">
        <aside className="sidebar">
          <Legend counts={counts} communities={communities} onHighlight={setLegend} onSelect={goTo} />
          <LayoutControls
            status={status}
            onRun={() => setRun((r) => ({ running: true, runId: r.runId + 1, reset: false }))}
            onStop={() => setRun((r) => ({ ...r, running: false }))}
            onReset={() => setRun((r) => ({ running: true, runId: r.runId + 1, reset: true }))}
            onFit={() => setFitToken((n) => n + 1)}
          />
        </aside>
        <div className="map">
          <GraphView graph={display}>
            <ReadyController />
            <EventsController onHover={setHovered} onSelect={setSelected} />
            <HighlightController hovered={hovered} selected={selected} legend={legend} />
            <LayoutController run={run} paused={hovered !== null} onStatus={onStatus} />
            <CameraController request={focus} fitToken={fitToken} rightInset={window.innerWidth > 860 ? 396 : 0} />
          </GraphView>
          {selected && data.hasNode(selected) && <NodePanel nodeId={selected} data={data} onSelect={goTo} onClose={closePanel} />}
        </div>
      </main>
    </div>
  );
}
