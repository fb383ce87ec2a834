/**
 * "Copy to another map…" on an organisation's panel: the organisation and its description go into
 * the chosen map, which remembers where it came from. Only unarchived maps other than this one are offered.
 */
import { useId, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { AtlasError, copyNode } from '../core/api';
import { sortMaps } from '../core/maps';
import { nodeHref } from '../core/route';
import { followLink } from '../hooks/useAddress';
import { useMapList } from '../hooks/useMapList';

interface Props {
  map: string;
  nodeId: string;
  name: string;
  onClose: () => void;
}

type Outcome = { kind: 'copied'; to: string; title: string; node: string } | { kind: 'failed'; message: string };

export function CopyToMapDialog({ map, nodeId, name, onClose }: Props) {
  const { list } = useMapList();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const selectId = useId();
  const others = list.state === 'ready' ? sortMaps(list.maps.filter((m) => m.id !== map && !m.archived)) : [];
  const chosen = others.find((m) => m.id === to) ?? others[0];

  const copy = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const copied = await copyNode(map, nodeId, chosen.id);
      setOutcome({ kind: 'copied', to: copied.map, title: chosen.title, node: copied.node.id });
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Copy ${name} to another map`} onClose={onClose} busy={busy} testId="copy-to-map">
      <form
        className="map-form"
        onSubmit={(e) => {
          e.preventDefault();
          void copy();
        }}
      >
        <p className="muted">The copy takes the name, kind and description; the other map remembers it came from here. Ties stay in this map.</p>
        {list.state === 'loading' && <p className="muted">Reading the maps…</p>}
        {list.state === 'ready' && others.length === 0 && <p>There is no other open map to copy into. Make one from the map menu first.</p>}
        {others.length > 0 && (
          <>
            <label htmlFor={selectId}>Copy into</label>
            <select id={selectId} value={chosen?.id ?? ''} onChange={(e) => setTo(e.target.value)} disabled={outcome?.kind === 'copied'} data-testid="copy-to-map-choice">
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </>
        )}
        {outcome?.kind === 'failed' && (
          <p className="form-error" role="alert">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'copied' && (
          <p className="map-note" role="status" data-testid="copy-to-map-done">
            Copied into {outcome.title}.{' '}
            <a href={nodeHref(outcome.to, outcome.node)} onClick={(e) => followLink(e)}>
              Open it there
            </a>
          </p>
        )}
        <div className="dialog-foot">
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            {outcome?.kind === 'copied' ? 'Close' : 'Cancel'}
          </button>
          {outcome?.kind !== 'copied' && (
            <button type="submit" className="primary" disabled={!chosen || busy} data-testid="copy-to-map-submit">
              {busy ? 'Copying…' : 'Copy'}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

/** The panel's button, and the dialog it opens. */
export function CopyToMap({ map, nodeId, name }: Omit<Props, 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="secondary small" onClick={() => setOpen(true)} data-testid="copy-to-map-open">
        Copy to another map…
      </button>
      {open && <CopyToMapDialog map={map} nodeId={nodeId} name={name} onClose={() => setOpen(false)} />}
    </>
  );
}
