/** Deleting a node, after saying what goes with it: its ties by kind, how many, and with whom. */
import { useState } from 'react';
import { AtlasError, deleteNode } from '../core/api';
import { deleteSentence, tieCounts } from '../core/edit';
import type { NodeDetails } from '../core/graph';
import { Dialog } from '../components/Dialog';
import { useAtlas } from '../stores';
import { noteChangeOf } from './ownChanges';

/** Names listed per kind of tie before "and N more". */
const NAMES_SHOWN = 5;

export function DeleteNodeDialog({ details, onClose }: { details: NodeDetails; onClose: () => void }) {
  const { mapId, data, selection } = useAtlas();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { node, ties } = details;

  const remove = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteNode(mapId, node.id, Number(node.version ?? 0));
      await noteChangeOf(mapId, node.id, node.id, 'delete');
      setBusy(false);
      onClose();
      selection.close();
      data.resync(node.id, null);
    } catch (error) {
      setFailure(error instanceof AtlasError ? `${error.message} ${error.hint}` : (error as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Delete “${node.name}”?`} onClose={onClose} busy={busy} className="dialog-danger" testId="delete-node-dialog">
      <p data-testid="delete-consequence">{deleteSentence(node.name, ties)}</p>
      {ties.length > 0 && (
        <ul className="consequence-list" aria-label="Ties that go with it">
          {tieCounts(ties).map((group) => (
            <li key={group.heading}>
              <strong>{group.heading}: {group.count}</strong> — {group.names.slice(0, NAMES_SHOWN).join(', ')}
              {group.names.length > NAMES_SHOWN && ` and ${group.names.length - NAMES_SHOWN} more`}
            </li>
          ))}
        </ul>
      )}
      {failure && <p className="panel-warning" role="alert">{failure}</p>}
      <div className="dialog-foot">
        <button type="button" className="secondary" onClick={onClose} disabled={busy}>
          Keep it
        </button>
        <button type="button" className="danger-button" onClick={() => void remove()} disabled={busy} data-testid="delete-node-confirm">
          {busy ? 'Deleting…' : `Delete with ${ties.length === 1 ? 'its tie' : `its ${ties.length} ties`}`}
        </button>
      </div>
    </Dialog>
  );
}
