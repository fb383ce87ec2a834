/**
 * The opening page: every map with its title, description, keeper and headline figures (a funder's
 * overview), and the ways to make a new one. With a single map, `/` opens it instead.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Header } from '../components/Header';
import { Hint, StatusScreen } from '../components/StatusScreen';
import type { MapSummary } from '../core/api';
import { figureWords, openingChoice } from '../core/maps';
import { mapHref } from '../core/route';
import { followLink, navigate } from '../hooks/useAddress';
import { useMapList } from '../hooks/useMapList';
import { ImportDialog } from '../interchange';
import { useMapDialogs } from './useMapDialogs';
import './maps.css';

export function HomePage() {
  const [archived, setArchived] = useState(false);
  const { list, reload } = useMapList(archived);
  const [note, setNote] = useState<string | null>(null);
  const dialogs = useMapDialogs({ onChanged: reload, onDeleted: (map) => {
    setNote(`“${map.title}” and everything in it were deleted.`);
    reload();
  } });
  const choice = list.state === 'ready' && !archived ? openingChoice(list.maps) : null;
  const only = choice && 'open' in choice ? choice.open : null;

  useEffect(() => {
    if (only) navigate(mapHref(only, window.location.search), { replace: true });
  }, [only]);
  useEffect(() => {
    document.title = 'Alliance Atlas';
  }, []);
  useEffect(() => {
    if (list.state !== 'ready') return;
    document.body.dataset.mapsReady = 'true';
    return () => {
      delete document.body.dataset.mapsReady;
    };
  }, [list]);

  if (list.state === 'error') {
    return (
      <Page>
        <StatusScreen kind="error" title={list.error.message}>
          <Hint text={list.error.hint} />
          <button type="button" className="primary" onClick={reload}>
            Try again
          </button>
        </StatusScreen>
      </Page>
    );
  }
  if (list.state === 'loading' || only) {
    return (
      <Page>
        <StatusScreen kind="loading" title="Opening the atlas…" />
      </Page>
    );
  }

  const maps = choice && 'list' in choice ? choice.list : list.maps;
  return (
    <Page>
      <section className="home" aria-labelledby="home-title">
        <div className="home-head">
          <div>
            <h2 id="home-title">Maps in this atlas</h2>
            <p className="muted">Each map is a network of its own: its own organisations and ties, analysed, shared and imported on its own.</p>
          </div>
          <div className="home-tools">
            <button type="button" className="primary" onClick={() => dialogs.show({ kind: 'create' })} data-testid="home-new-map">
              New map…
            </button>
            <ImportDialog map={null} />
          </div>
        </div>
        <label className="home-archived">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} data-testid="home-show-archived" /> Show archived maps
        </label>
        {note && (
          <p className="map-note" role="status">
            {note}
          </p>
        )}
        {maps.length === 0 ? (
          <p className="home-empty">There are no maps yet. Make a new one, or import a spreadsheet or graph file into a new map.</p>
        ) : (
          <ul className="map-cards" data-testid="map-cards">
            {maps.map((m) => (
              <MapCard key={m.id} map={m} onManage={dialogs.show} onArchive={() => void dialogs.toggleArchived(m).then(setNote)} />
            ))}
          </ul>
        )}
      </section>
      {dialogs.element}
    </Page>
  );
}

function Page({ children }: { children: ReactNode }) {
  return (
    <div className="app app-home">
      <Header counts={null} />
      <main className="home-main">{children}</main>
    </div>
  );
}

function MapCard({ map, onManage, onArchive }: { map: MapSummary; onManage: ReturnType<typeof useMapDialogs>['show']; onArchive: () => void }) {
  return (
    <li className={`map-card ${map.archived ? 'is-archived' : ''}`} data-testid={`map-card-${map.id}`}>
      <h3>
        <a href={mapHref(map.id)} onClick={(e) => followLink(e)}>
          {map.title}
        </a>
        {map.archived && <span className="map-badge">archived</span>}
      </h3>
      {map.owner && <p className="map-card-owner">Kept by {map.owner}</p>}
      {map.description && <p className="map-card-description">{map.description}</p>}
      {map.figures && (
        <ul className="map-figures" aria-label={`${map.title} in figures`}>
          {figureWords(map.figures).map((f) => (
            <li key={f.what}>
              <strong>{f.count}</strong> {f.what}
            </li>
          ))}
        </ul>
      )}
      <div className="map-card-actions">
        <button type="button" className="secondary small" aria-label={`Edit ${map.title}: rename or describe it`} onClick={() => onManage({ kind: 'edit', map })}>
          Edit…
        </button>
        <button type="button" className="secondary small" aria-label={`Duplicate ${map.title}`} onClick={() => onManage({ kind: 'duplicate', map })}>
          Duplicate…
        </button>
        <button type="button" className="secondary small" aria-label={`${map.archived ? 'Unarchive' : 'Archive'} ${map.title}`} onClick={onArchive}>
          {map.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="secondary small danger-text" aria-label={`Delete ${map.title}`} onClick={() => onManage({ kind: 'delete', map, figures: map.figures })} data-testid={`delete-${map.id}`}>
          Delete…
        </button>
      </div>
    </li>
  );
}
