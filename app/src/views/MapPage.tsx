/** One map: its record, data and saved layout loaded together, then the map itself (or why not). */
import { useEffect, useRef, useState } from 'react';
import { Status } from '../components/StatusPage';
import { Hint } from '../components/StatusScreen';
import { MapAccessContext, mayDo } from '../account';
import { AtlasError, updateMap } from '../core/api';
import { HOME_HREF } from '../core/route';
import { followLink } from '../hooks/useAddress';
import { useDataLoad, type LoadedMap } from '../hooks/useDataLoad';
import { ImportDialog } from '../interchange';
import { MapSwitcher } from '../maps';
import { isEmbed, OpenInAtlas, PresentationBar } from '../presentation';
import { createDisplay } from '../rendering/display';
import type { AtlasSigma } from '../rendering/sigma';
import { AtlasContext, createAtlas, useAtlas, useStore } from '../stores';
import { AtlasHeader } from './AtlasHeader';
import { AtlasSidebar } from './AtlasSidebar';
import { MapStage } from './MapStage';

export function MapPage({ map }: { map: string }) {
  // The graph's part (?alliance=, ?area=) is read once: later view changes rewrite the address, not the data.
  const [search] = useState(() => window.location.search);
  const { load, reload } = useDataLoad(map, search);

  useEffect(() => {
    if (load.state === 'ready') document.title = `${load.map.title} · Alliance Atlas`;
  }, [load]);

  if (load.state === 'loading') return <Status kind="loading" title="Loading the map…" />;
  if (load.state === 'error') {
    return (
      <Status kind="error" title={load.error.message}>
        <Hint text={load.error.hint} />
        <div className="button-row">
          <button type="button" className="primary" onClick={reload}>
            Try again
          </button>
          <a className="button secondary" href={HOME_HREF} onClick={(e) => followLink(e)}>
            All maps
          </a>
        </div>
      </Status>
    );
  }
  if (load.data.order === 0) {
    const narrowed = /[?&](alliance|area)=/.test(search);
    return (
      <Status kind="empty" title={narrowed ? 'Nothing here matches' : `${load.map.title} is empty`} switcher={<MapSwitcher current={load.map} onChanged={reload} />}>
        <Hint text={narrowed ? 'Nothing matches this part of the map. Remove `?alliance=` / `?area=` from the address to see everything.' : 'Import a spreadsheet or graph file into it, or add organisations with `npm run import -- --map <id> FILE`.'} />
        {!narrowed && <ImportDialog map={load.map} startInto="this" onCommitted={reload} />}
      </Status>
    );
  }
  // A new key after a reload (an import) starts the map afresh from the new data.
  return <Atlas key={load.generation} loaded={load} search={search} onReload={reload} />;
}

/** The map once data is in: one set of stores (see stores/atlas.ts) shared by everything below. */
function Atlas({ loaded, search, onReload }: { loaded: LoadedMap; search: string; onReload: () => void }) {
  const [atlas] = useState(() =>
    createAtlas({ map: loaded.map, data: loaded.data, search: window.location.search || search, sharedLayout: loaded.layout }, (appearance, storageKey, shared) => createDisplay(loaded.data, appearance, storageKey, shared)),
  );
  useEffect(() => atlas.start(), [atlas]);
  const sigma = useRef<AtlasSigma | null>(null);
  const mode = useStore(atlas.table.mode);
  // The embed is read-only whatever the caller's role (presentation/EmbedView.tsx).
  const [embed] = useState(() => isEmbed(window.location.search));
  const [may] = useState(() => mayDo(embed ? { ...loaded.access, level: 'public', stewardOf: [] } : loaded.access));

  return (
    <AtlasContext.Provider value={atlas}>
      <MapAccessContext.Provider value={may}>
      <div className={`app ${mode === 'table' ? 'mode-table' : 'mode-map'}${embed ? ' embed' : ''}`}>
        {!embed && (
          <a className="skip-link" href="#atlas-controls">
            Skip to the map controls
          </a>
        )}
        {!embed && <AtlasHeader sigma={sigma} onReload={onReload} />}
        <ArchivedNotice />
        <main className="stage">
          {!embed && (
            <div id="atlas-controls" className="sidebar-wrap">
              <AtlasSidebar />
            </div>
          )}
          <MapStage ref={sigma} />
          {embed && <OpenInAtlas />}
        </main>
        <PresentationBar getSigma={() => sigma.current} />
      </div>
      </MapAccessContext.Provider>
    </AtlasContext.Provider>
  );
}

/** An archived map can be read but not changed: said once, above the map, with the way back. */
function ArchivedNotice() {
  const { record } = useAtlas();
  const map = useStore(record);
  const [note, setNote] = useState<string | null>(null);
  if (!map.archived) return null;
  const unarchive = async () => {
    try {
      record.set(await updateMap(map.id, map.version, { archived: false }));
    } catch (e) {
      setNote(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
    }
  };
  return (
    <div className="archived-notice" role="status" data-testid="archived-notice">
      <span>
        <strong>{map.title} is archived.</strong> You can look at it and export it, but not change it.
      </span>
      <button type="button" className="secondary small" onClick={() => void unarchive()}>
        Unarchive
      </button>
      {note && <span className="form-error">{note}</span>}
    </div>
  );
}
