import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DataGraph } from './core/graph';
import { Header } from './components/Header';
import { Hint, StatusScreen } from './components/StatusScreen';
import { useDataLoad } from './hooks/useDataLoad';
import { ImportDialog } from './interchange';
import { createDisplay } from './rendering/display';
import type { AtlasSigma } from './rendering/sigma';
import { AtlasContext, createAtlas, useStore } from './stores';
import { AtlasHeader } from './views/AtlasHeader';
import { AtlasSidebar } from './views/AtlasSidebar';
import { MapStage } from './views/MapStage';

/** Loads the data graph, then shows the map (or says why not). */
export function App() {
  const { load, reload } = useDataLoad();

  if (load.state === 'loading') return <Status kind="loading" title="Loading the atlas…" />;
  if (load.state === 'error') {
    return (
      <Status kind="error" title={load.error.message}>
        <Hint text={load.error.hint} />
        <button type="button" className="primary" onClick={reload}>
          Try again
        </button>
      </Status>
    );
  }
  if (load.data.order === 0) {
    const narrowed = /[?&](alliance|area)=/.test(window.location.search);
    return (
      <Status kind="empty" title="The atlas is empty">
        <Hint text={narrowed ? 'Nothing matches this part of the atlas. Remove `?alliance=` / `?area=` from the address to see everything.' : 'Load the curated data with `npm run seed` (or import a spreadsheet), then reload this page.'} />
        <ImportDialog onCommitted={reload} />
      </Status>
    );
  }
  // A new key after a reload (an import) starts the map afresh from the new data.
  return <Atlas key={load.generation} initial={load.data} onReload={reload} />;
}

function Status({ kind, title, children }: { kind: 'loading' | 'error' | 'empty'; title: string; children?: ReactNode }) {
  return (
    <div className="app">
      <Header counts={null} />
      <main className="stage stage-status">
        <StatusScreen kind={kind} title={title}>
          {children}
        </StatusScreen>
      </main>
    </div>
  );
}

/** The map once data is in: one set of stores (see stores/atlas.ts) shared by everything below. */
function Atlas({ initial, onReload }: { initial: DataGraph; onReload: () => void }) {
  const [atlas] = useState(() => createAtlas(initial, window.location.search, (appearance, storageKey) => createDisplay(initial, appearance, storageKey)));
  useEffect(() => atlas.start(), [atlas]);
  const sigma = useRef<AtlasSigma | null>(null);
  const mode = useStore(atlas.table.mode);

  return (
    <AtlasContext.Provider value={atlas}>
      <div className={`app ${mode === 'table' ? 'mode-table' : 'mode-map'}`}>
        <a className="skip-link" href="#atlas-controls">
          Skip to the map controls
        </a>
        <AtlasHeader sigma={sigma} onReload={onReload} />
        <main className="stage">
          <div id="atlas-controls" className="sidebar-wrap">
            <AtlasSidebar />
          </div>
          <MapStage ref={sigma} />
        </main>
      </div>
    </AtlasContext.Provider>
  );
}
