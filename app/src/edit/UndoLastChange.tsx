/**
 * "Undo" for the changes this person made in this tab, newest first, one per press: each goes
 * through the history's revert, which refuses (and says which) when later changes depend on it.
 * The map then reads again the nodes the change touched.
 */
import { useState, useSyncExternalStore } from 'react';
import { useMapAccess } from '../account/mapAccess';
import { AtlasError, revertChange } from '../core/api';
import { forgetOwnChange, lastOwnChange, onOwnChange, ownChangeCount } from '../history/session';
import { headline } from '../history/words';
import { useAtlas } from '../stores';
import { aroundNow, touchedNodes } from './ownChanges';
import './edit.css';

export function UndoLastChange() {
  const { mapId, data, selection } = useAtlas();
  const may = useMapAccess();
  const last = useSyncExternalStore(onOwnChange, () => lastOwnChange(mapId));
  const count = useSyncExternalStore(onOwnChange, () => ownChangeCount(mapId));
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; refused: boolean } | null>(null);
  if (!may.edit || (!last && !note)) return null;

  const undo = async () => {
    if (!last) return;
    setBusy(true);
    setNote(null);
    try {
      await revertChange(mapId, last.id);
      forgetOwnChange(mapId, last.id);
      for (const id of touchedNodes(last)) {
        const around = await aroundNow(mapId, id);
        if (!around && selection.node.get() === id) selection.close();
        data.resync(id, around);
      }
      setNote({ text: `Undone: ${headline(last)}.`, refused: false });
    } catch (error) {
      const words = error instanceof AtlasError ? `${error.message}${error.status === 409 ? '' : ` ${error.hint}`}` : (error as Error).message;
      setNote({ text: `Not undone: ${words}`, refused: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="undo" data-testid="undo-bar">
      {last && (
        <button type="button" className="secondary" onClick={() => void undo()} disabled={busy} data-testid="undo-last" title={count > 1 ? `${count} changes of yours can be undone, newest first` : undefined}>
          {busy ? 'Undoing…' : `Undo: ${headline(last)}`}
        </button>
      )}
      {note && (
        <p className={note.refused ? 'panel-warning undo-note' : 'field-note undo-note'} role={note.refused ? 'alert' : 'status'} data-testid="undo-note">
          {note.text}
        </p>
      )}
    </div>
  );
}
