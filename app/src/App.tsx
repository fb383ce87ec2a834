import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type Sigma from 'sigma';
import { AtlasError, fetchGraph, fetchNeighbourhood, fetchPaths, isMissingEndpoint, type Entity, type TieEntity } from './core/api';
import { NO_EMPHASIS, buildDisplayGraph, colouring, sizeMeasure, type Emphasis } from './core/appearance';
import { computeVisibility, filterOptions, isFiltering, type FilterState } from './core/filters';
import { localShortestPath, neighbourhood, pathSets, type Depth } from './core/focus';
import { buildFacetIndex, dataGraphFromJSON, mergeGraph, withNodeUpdated, withTieAdded, withTieRemoved, type DataGraph } from './core/graph';
import { countGraph, plural } from './core/graph/utils';
import { initialPositions, loadPositions, positionsKey, warmStart } from './core/layout';
import { parseNavState, serialiseNavState, type CameraState, type NavState } from './core/navState';
import { buildRows } from './core/table';
import { AppearancePanel } from './components/AppearancePanel';
import { FilterPanel } from './components/FilterPanel';
import { GraphView } from './components/GraphView';
import { Header } from './components/Header';
import { LayoutControls } from './components/LayoutControls';
import { NodePanel } from './components/NodePanel';
import { PathFinder, type PathResult } from './components/PathFinder';
import { Search } from './components/Search';
import { Sidebar, type SidebarTab } from './components/Sidebar';
import type { AtlasSigma } from './components/sigmaContext';
import { Hint, StatusScreen } from './components/StatusScreen';
import { TableView } from './components/TableView';
import { AppearanceController } from './controllers/AppearanceController';
import { CameraController, type FocusRequest } from './controllers/CameraController';
import { EmphasisController, emphasisReducers } from './controllers/EmphasisController';
import { EventsController } from './controllers/EventsController';
import { LayoutController, type LayoutRun, type LayoutStatus } from './controllers/LayoutController';
import { ReadyController } from './controllers/ReadyController';
import { SigmaHandleController } from './controllers/SigmaHandleController';
import { useAppearance } from './hooks/useAppearance';
import { curveParallelTies } from './rendering/parallelTies';
import { ExportMenu, ImportDialog } from './interchange';

/**
 * Mount point for the Clusters & gaps panels built alongside this module: a glob finds
 * analysis/index.ts when it is there and yields nothing when not, so the app builds either way.
 */
interface AnalysisModule {
  AnalysisPanels: ComponentType<{ data: DataGraph; onSelect: (nodeId: string) => void; onHighlight: (nodeIds: string[] | null) => void }>;
}
const analysis = Object.values(import.meta.glob<AnalysisModule>('./analysis/index.ts', { eager: true }))[0] ?? null;

/** `generation` counts successful loads: a reload (after an import) starts the map afresh. */
type Load = { state: 'loading' } | { state: 'error'; error: AtlasError } | { state: 'ready'; data: DataGraph; generation: number };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoad((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    fetchGraph(controller.signal)
      .then((json) => {
        // Marks for bench/explorer.bench.ts: where the time to an interactive map goes.
        performance.mark('atlas:data-fetched');
        const data = dataGraphFromJSON(json);
        performance.mark('atlas:data-parsed');
        setLoad((previous) => ({ state: 'ready', data, generation: previous.state === 'ready' ? previous.generation + 1 : 0 }));
      })
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        setLoad({ state: 'error', error: e instanceof AtlasError ? e : new AtlasError('The map data could not be read.', `${e.message}. Reload the page; if it keeps happening, check the terminal running \`npm start\`.`) });
      });
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

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
          <button type="button" className="primary" onClick={reload}>
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
          <Hint text={/[?&](alliance|area)=/.test(window.location.search) ? 'Nothing matches this part of the atlas. Remove `?alliance=` / `?area=` from the address to see everything.' : 'Load the curated data with `npm run seed` (or import a spreadsheet), then reload this page.'} />
          <ImportDialog onCommitted={reload} />
        </StatusScreen>
      </Shell>
    );
  }
  // A new key after a reload (an import) starts the map afresh from the new data.
  return <Atlas key={load.generation} initial={load.data} onReload={reload} />;
}

function Shell({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <Header counts={null} />
      <main className="stage stage-status">{children}</main>
    </div>
  );
}

const EMPTY_NAV_PATH: PathResult = { status: 'idle' };

/** The map once data is in: derives what to draw and wires the controllers. */
function Atlas({ initial, onReload }: { initial: DataGraph; onReload: () => void }) {
  const [data, setData] = useState(initial);
  const [nav, setNav] = useState<NavState>(() => parseNavState(window.location.search));
  const update = useCallback((patch: Partial<NavState>) => setNav((n) => ({ ...n, ...patch })), []);

  // The view lives in the address, so a copied link reproduces it.
  useEffect(() => {
    const next = serialiseNavState(nav, window.location.search);
    if (next === window.location.search) return;
    const url = new URL(window.location.href);
    url.search = next;
    window.history.replaceState(window.history.state, '', url.href);
  }, [nav]);

  const storageKey = useMemo(() => positionsKey(window.location.search), []);
  const facets = useMemo(() => buildFacetIndex(data), [data]);
  const counts = useMemo(() => countGraph(data), [data]);
  const options = useMemo(() => filterOptions(data, facets), [data, facets]);
  const filtering = isFiltering(nav.filters);
  const visibility = useMemo(() => (filtering ? computeVisibility(data, facets, nav.filters) : null), [filtering, data, facets, nav.filters]);
  const { appearance, colours, measure, pending } = useAppearance(data, facets, nav.colour, nav.colourParams, nav.size, nav.sizeParams);

  // Built once from the first data; later data (expansions, edits) is synced into it by AppearanceController.
  const [start] = useState(() => {
    performance.mark('atlas:derived');
    const placed = initialPositions(initial, loadPositions(storageKey));
    const graph = buildDisplayGraph(initial, appearance, placed.positions);
    curveParallelTies(graph);
    performance.mark('atlas:display-built');
    // Only a mostly new layout needs the head start; a restored one is already settled.
    if (placed.missing > initial.order / 4) warmStart(graph);
    performance.mark('atlas:warm-started');
    return { graph, missing: placed.missing };
  });

  const selected = nav.selected && data.hasNode(nav.selected) ? nav.selected : null;
  const [hovered, setHovered] = useState<string | null>(null);
  const [spotlight, setSpotlight] = useState<Set<string> | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(() => (selected && !nav.camera ? { node: selected, zoom: true, nonce: 1 } : null));
  const [fitToken, setFitToken] = useState(0);
  const [tab, setTab] = useState(nav.path ? 'path' : 'map');
  const [pathResult, setPathResult] = useState<PathResult>(EMPTY_NAV_PATH);
  // A fully restored layout doesn't need to run again; anything new does.
  const [run, setRun] = useState<LayoutRun>({ running: start.missing > 0, runId: 0, reset: false });
  const [status, setStatus] = useState<LayoutStatus>(start.missing > 0 ? 'running' : 'restored');
  const sigmaRef = useRef<AtlasSigma | null>(null);
  // The export menu takes an untyped Sigma; ours is typed with the display attributes.
  const getSigma = useCallback(() => sigmaRef.current as unknown as Sigma | null, []);

  const onStatus = useCallback((next: LayoutStatus) => {
    setStatus(next);
    document.body.dataset.layout = next;
    if (next === 'settled' || next === 'timeout') performance.mark('atlas:layout-done');
    if (next === 'settled' || next === 'timeout') setRun((r) => ({ ...r, running: false }));
  }, []);

  /** Selecting from outside the canvas (search, table, legend, a tie) also moves the camera there. */
  const goTo = useCallback(
    (node: string) => {
      update({ selected: node });
      setFocusRequest((f) => ({ node, zoom: true, nonce: (f?.nonce ?? 0) + 1 }));
    },
    [update],
  );
  /** A click on the map: select, and only move if the node would sit under the panel. */
  const clickSelect = useCallback(
    (node: string | null) => {
      update({ selected: node });
      if (node) setFocusRequest((f) => ({ node, zoom: false, nonce: (f?.nonce ?? 0) + 1 }));
    },
    [update],
  );
  const closePanel = useCallback(() => update({ selected: null }), [update]);
  const onCameraChange = useCallback((camera: CameraState) => update({ camera }), [update]);
  const onNodesAdded = useCallback(() => setRun((r) => ({ running: true, runId: r.runId + 1, reset: false })), []);

  // The path finder asks the service (or, without that endpoint, the loaded map).
  useEffect(() => {
    const query = nav.path;
    if (!query) {
      setPathResult(EMPTY_NAV_PATH);
      return;
    }
    const controller = new AbortController();
    setPathResult({ status: 'loading' });
    fetchPaths(query.from, query.to, query.tieTypes, controller.signal)
      .then((answer) => setPathResult(answer.paths[0] ? { status: 'found', path: answer.paths[0] } : { status: 'none' }))
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        if (isMissingEndpoint(e) || (e instanceof AtlasError && e.status === 0)) {
          const local = localShortestPath(data, query.from, query.to, query.tieTypes);
          setPathResult(local ? { status: 'found', path: local } : { status: 'none' });
        } else setPathResult({ status: 'error', message: `${e.message} ${e instanceof AtlasError ? e.hint : ''}` });
      });
    return () => controller.abort();
    // The loaded data only matters for the fallback; re-asking on every expansion is not needed.
  }, [nav.path]); // eslint-disable-line react-hooks/exhaustive-deps

  const expand = useCallback(async (): Promise<string> => {
    if (!selected) return '';
    const name = data.getNodeAttribute(selected, 'name');
    try {
      const json = await fetchNeighbourhood(selected, nav.depth);
      const merged = mergeGraph(data, json);
      if (merged.addedNodes.length === 0 && merged.addedTies.length === 0) return `Nothing new: everything within ${plural(nav.depth, 'step', 'steps')} of ${name} is already on the map.`;
      setData(merged.graph);
      const hiddenNote = filtering ? ' Some may be hidden by your filters.' : '';
      return `Added ${plural(merged.addedNodes.length, 'node', 'nodes')} and ${plural(merged.addedTies.length, 'tie', 'ties')} around ${name}.${hiddenNote}`;
    } catch (e) {
      if (isMissingEndpoint(e)) return 'This Atlas service cannot expand yet. Everything it sent is already on the map.';
      return e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message;
    }
  }, [selected, data, nav.depth, filtering]);

  const onSaved = useCallback((entity: Entity) => setData((d) => withNodeUpdated(d, entity)), []);
  const onTieAdded = useCallback((tie: TieEntity) => setData((d) => withTieAdded(d, tie)), []);
  const onTieRemoved = useCallback((tieId: string) => setData((d) => withTieRemoved(d, tieId)), []);

  const focus = useMemo(() => {
    if (!selected) return null;
    return new Set(neighbourhood(data, selected, nav.depth, visibility?.nodes ?? null, visibility?.edges ?? null).keys());
  }, [data, selected, nav.depth, visibility]);
  const hoverNeighbours = useMemo(() => (hovered && data.hasNode(hovered) ? new Set([hovered, ...data.neighbors(hovered)]) : null), [hovered, data]);
  const path = useMemo(() => (pathResult.status === 'found' ? pathSets(pathResult.path) : null), [pathResult]);
  const emphasis = useMemo<Emphasis>(
    () => ({ visibleNodes: visibility?.nodes ?? null, visibleEdges: visibility?.edges ?? null, focus, path, spotlight, hovered: hoverNeighbours ? hovered : null, hoverNeighbours, selected }),
    [visibility, focus, path, spotlight, hovered, hoverNeighbours, selected],
  );

  // Sigma's reducers read the emphasis through this ref (see EmphasisController).
  const emphasisRef = useRef<Emphasis>(NO_EMPHASIS);
  emphasisRef.current = emphasisRef.current === NO_EMPHASIS ? emphasis : emphasisRef.current;
  const reducers = useMemo(() => emphasisReducers(emphasisRef, start.graph), [start.graph]);

  const spotlightGroup = useCallback(
    (key: string | null) => {
      if (key === null) return setSpotlight(null);
      const nodes = new Set<string>();
      for (const [node, group] of Object.entries(colours.keyByNode)) if (group === key) nodes.add(node);
      setSpotlight(nodes);
    },
    [colours],
  );
  const highlightNodes = useCallback((ids: string[] | null) => setSpotlight(ids ? new Set(ids) : null), []);

  const visibleCounts = visibility ? { nodes: visibility.nodes.size, ties: visibility.edges.size } : { nodes: counts.nodes, ties: counts.ties };
  const legendByKey = useMemo(() => new Map(colours.legend.map((e) => [e.key, e.label])), [colours]);
  const rows = useMemo(
    () => (nav.mode === 'table' ? buildRows(data, facets, visibility?.nodes ?? null, visibility?.edges ?? null, measure, (n) => legendByKey.get(colours.keyByNode[n]) ?? '') : []),
    [nav.mode, data, facets, visibility, measure, legendByKey, colours],
  );

  const tabs: SidebarTab[] = [
    {
      id: 'map',
      label: 'Map',
      content: (
        <>
          <AppearancePanel
            colour={nav.colour}
            colourParams={nav.colourParams}
            size={nav.size}
            sizeParams={nav.sizeParams}
            colours={colours}
            counts={counts}
            pending={pending}
            onColour={(colour, colourParams) => update({ colour, colourParams })}
            onSize={(size, sizeParams) => update({ size, sizeParams })}
            onSpotlight={spotlightGroup}
            onSelect={goTo}
          />
          <LayoutControls
            status={status}
            onRun={() => setRun((r) => ({ running: true, runId: r.runId + 1, reset: false }))}
            onStop={() => setRun((r) => ({ ...r, running: false }))}
            onReset={() => setRun((r) => ({ running: true, runId: r.runId + 1, reset: true }))}
            onFit={() => setFitToken((n) => n + 1)}
          />
        </>
      ),
    },
    {
      id: 'filters',
      label: filtering ? 'Filters •' : 'Filters',
      content: <FilterPanel filters={nav.filters} options={options} counts={counts} visible={visibleCounts} onChange={(filters: FilterState) => update({ filters })} />,
    },
    {
      id: 'path',
      label: 'Path',
      content: <PathFinder data={data} query={nav.path} selected={selected} result={pathResult} onFind={(p) => update({ path: p })} onSelect={goTo} />,
    },
  ];
  if (analysis) tabs.push({ id: 'analysis', label: 'Clusters & gaps', content: <analysis.AnalysisPanels data={data} onSelect={goTo} onHighlight={highlightNodes} /> });

  return (
    <div className={`app ${nav.mode === 'table' ? 'mode-table' : 'mode-map'}`}>
      <a className="skip-link" href="#atlas-controls">
        Skip to the map controls
      </a>
      <Header counts={counts} visible={visibility ? visibleCounts : null}>
        <Search data={data} onSelect={goTo} />
        <div className="segmented mode-switch" role="radiogroup" aria-label="Show as">
          <button type="button" role="radio" aria-checked={nav.mode === 'map'} className={nav.mode === 'map' ? 'on' : ''} onClick={() => update({ mode: 'map' })} data-testid="mode-map">
            Map
          </button>
          <button type="button" role="radio" aria-checked={nav.mode === 'table'} className={nav.mode === 'table' ? 'on' : ''} onClick={() => update({ mode: 'table' })} data-testid="mode-table">
            Table
          </button>
        </div>
        <ExportMenu getSigma={getSigma} />
        <ImportDialog onCommitted={onReload} />
      </Header>
      <main className="stage">
        <div id="atlas-controls" className="sidebar-wrap">
          <Sidebar tabs={tabs} active={tab} onActivate={setTab} />
        </div>
        <div className={`map ${selected ? 'has-panel' : ''}`}>
          <GraphView graph={start.graph} nodeReducer={reducers.nodeReducer} edgeReducer={reducers.edgeReducer}>
            <SigmaHandleController handle={sigmaRef} />
            <AppearanceController data={data} appearance={appearance} onNodesAdded={onNodesAdded} />
            <EmphasisController emphasis={emphasis} current={emphasisRef} />
            <ReadyController />
            <EventsController onHover={setHovered} onSelect={clickSelect} />
            <LayoutController run={run} storageKey={storageKey} paused={hovered !== null} onStatus={onStatus} />
            <CameraController request={focusRequest} fitToken={fitToken} initial={nav.camera} onCameraChange={onCameraChange} />
          </GraphView>
          {visibility && visibility.nodes.size === 0 && nav.mode === 'map' && (
            <div className="map-empty" role="status">
              <p>No node passes these filters.</p>
              <button type="button" className="secondary" onClick={() => update({ filters: parseNavState('').filters })}>
                Clear all filters
              </button>
            </div>
          )}
          {nav.mode === 'table' && <TableView rows={rows} measureLabel={sizeMeasure(nav.size).label} groupLabel={colouring(nav.colour).label} selected={selected} onSelect={goTo} />}
          {selected && (
            <NodePanel
              nodeId={selected}
              data={data}
              depth={nav.depth}
              onDepth={(depth: Depth) => update({ depth })}
              onExpand={expand}
              onFindPath={() => {
                update({ path: null });
                setTab('path');
              }}
              onSelect={goTo}
              onSaved={onSaved}
              onTieAdded={onTieAdded}
              onTieRemoved={onTieRemoved}
              onClose={closePanel}
            />
          )}
        </div>
      </main>
    </div>
  );
}
