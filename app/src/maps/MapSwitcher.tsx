/**
 * The header's map menu: the current map's title opens a list of the other maps (links, so Back
 * and Forward work and a middle click opens a tab), the way to all maps, a new map, and what can be
 * done to this one. A disclosure rather than an ARIA menu: Tab walks it, Escape closes it.
 */
import { useMapAccess, useSession } from '../account';
import { useDismiss } from '../hooks/useDismiss';
import { useId, useRef, useState } from 'react';
import type { MapRecord } from '../core/api';
import { sortMaps } from '../core/maps';
import { HOME_HREF, mapHref } from '../core/route';
import { followLink, navigate } from '../hooks/useAddress';
import { useMapList } from '../hooks/useMapList';
import { useMapDialogs } from './useMapDialogs';
import './maps.css';

interface Props {
  current: MapRecord;
  /** The current map's record changed (renamed, described, archived). */
  onChanged: (map: MapRecord) => void;
}

export function MapSwitcher({ current, onChanged }: Props) {
  const may = useMapAccess();
  const session = useSession();
  const mayCreate = session?.mode === 'open' || Boolean(session?.account);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const { list, reload } = useMapList();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const dialogs = useMapDialogs({
    onChanged: (map) => {
      onChanged(map);
      reload();
    },
    onDeleted: () => navigate(HOME_HREF, { replace: true }),
  });

  useDismiss(open, root, (how) => {
    setOpen(false);
    if (how === 'escape') button.current?.focus();
  });

  // The menu closes as its dialog opens: focus goes to the menu's button first, so the dialog hands it back there.
  const act = (run: () => void) => () => {
    button.current?.focus();
    setOpen(false);
    setNote(null);
    run();
  };
  const maps = list.state === 'ready' ? sortMaps(list.maps) : [];
  const figures = maps.find((m) => m.id === current.id)?.figures;

  return (
    <div className="map-switcher" ref={root}>
      <button ref={button} type="button" className="map-switcher-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} data-testid="map-switcher">
        <span className="map-switcher-label">Map</span>
        <span className="map-switcher-title">{current.title}</span>
        {current.archived && <span className="map-badge">archived</span>}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="map-switcher-panel" id={panelId} data-testid="map-switcher-panel">
          <nav aria-label="Maps">
            <h2 className="map-switcher-heading">Maps</h2>
            {list.state === 'loading' && <p className="muted">Reading the maps…</p>}
            {list.state === 'error' && <p className="form-error">{list.error.message}</p>}
            <ul className="map-switcher-list">
              {maps.map((m) => (
                <li key={m.id}>
                  <a href={mapHref(m.id)} aria-current={m.id === current.id ? 'page' : undefined} onClick={(e) => followLink(e, () => setOpen(false))} data-testid={`switch-to-${m.id}`}>
                    {m.title}
                    {m.archived && <span className="map-badge">archived</span>}
                  </a>
                </li>
              ))}
            </ul>
            <a className="map-switcher-all" href={HOME_HREF} onClick={(e) => followLink(e, () => setOpen(false))}>
              All maps, with their figures
            </a>
          </nav>
          <section className="map-switcher-actions" aria-label={`Manage ${current.title}`}>
            <h2 className="map-switcher-heading">This map</h2>
            {may.manage && (
              <button type="button" onClick={act(() => dialogs.show({ kind: 'edit', map: current }))} data-testid="map-edit">
                Rename or describe…
              </button>
            )}
            {may.edit && (
              <button type="button" onClick={act(() => dialogs.show({ kind: 'duplicate', map: current }))} data-testid="map-duplicate">
                Duplicate…
              </button>
            )}
            {may.manage && (
              <button type="button" onClick={act(() => void dialogs.toggleArchived(current).then(setNote))} data-testid="map-archive">
                {current.archived ? 'Unarchive' : 'Archive (read-only)'}
              </button>
            )}
            {may.manage && (
              <button type="button" className="danger-text" onClick={act(() => dialogs.show({ kind: 'delete', map: current, figures }))} data-testid="map-delete">
                Delete…
              </button>
            )}
            {mayCreate && (
              <button type="button" className="map-switcher-new" onClick={act(() => dialogs.show({ kind: 'create' }))} data-testid="map-new">
                New map…
              </button>
            )}
          </section>
        </div>
      )}
      {note && (
        <p className="map-note" role="status">
          {note}
        </p>
      )}
      {dialogs.element}
    </div>
  );
}
