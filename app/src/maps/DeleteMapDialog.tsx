/** Deleting a map: says what will go, and waits until the map's title is typed. All or nothing. */
import { useId, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { AtlasError, deleteMap, type MapFigures, type MapRecord } from '../core/api';
import { confirmsTitle, deleteWarning } from '../core/maps';
import { FormError } from '../components/FormError';

interface Props {
  map: MapRecord;
  figures?: MapFigures;
  onDeleted: () => void;
  onClose: () => void;
}

export function DeleteMapDialog({ map, figures, onDeleted, onClose }: Props) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const warningId = useId();
  const confirmed = confirmsTitle(typed, map.title);

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await deleteMap(map.id, map.version);
      onDeleted();
    } catch (e) {
      setProblem(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Delete “${map.title}”?`} onClose={onClose} busy={busy} className="dialog-danger" testId="delete-map">
      <form
        className="map-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (confirmed) void remove();
        }}
      >
        <p id={warningId} className="delete-warning">
          {deleteWarning(map, figures)}
        </p>
        <label htmlFor={inputId}>
          Type the map’s title, <strong>{map.title}</strong>, to confirm
        </label>
        <input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby={warningId} autoComplete="off" data-testid="delete-map-confirm" />
        <FormError message={problem} />
        <div className="dialog-foot">
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            Keep the map
          </button>
          <button type="submit" className="danger-button" disabled={!confirmed || busy} data-testid="delete-map-submit">
            {busy ? 'Deleting…' : 'Delete the map and all its data'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
