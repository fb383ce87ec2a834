/**
 * A node's history in its panel: who changed what and when, field by field, newest first (a tie's
 * change names the other end); a Revert button per change, and Undo for the last change made in
 * this tab. Reverts go through the service, which refuses (and says why) when later changes depend on one.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { AtlasError, fetchNodeHistory, revertChange, type Change } from '../core/api';
import { Dialog } from '../components/Dialog';
import { useMapAccess } from '../account/mapAccess';
import { forgetOwnChange, lastOwnChange, noteOwnChange, onOwnChange } from './session';
import { fieldLines, headline, revertWarning, whenWords } from './words';

interface Props {
  map: string;
  nodeId: string;
  /** Changes when the panel's record was saved or read again: the history is read again too. */
  reloadToken: number;
  /** After a revert: the panel reads its record again. */
  onChanged: () => void;
}

/** After a save: the node's newest change is the one just made, kept for Undo. */
export async function noteLatestChange(map: string, nodeId: string): Promise<void> {
  const [latest] = await fetchNodeHistory(map, nodeId);
  if (latest) noteOwnChange(map, latest);
}

const revertable = (change: Change) => change.action !== 'revert' && !change.revertedBy && !change.partOf;
const errorWords = (e: unknown) => (e instanceof AtlasError ? `${e.message} ${e.status === 409 ? '' : e.hint}`.trim() : (e as Error).message);

export function HistorySection({ map, nodeId, reloadToken, onChanged }: Props) {
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<Change | null>(null);
  const [busy, setBusy] = useState(false);
  // Reverting and undoing need an editor: the service refuses anyone else, so the buttons are not shown.
  const may = useMapAccess();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const own = useSyncExternalStore(onOwnChange, () => lastOwnChange(map));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloadToken` is the trigger to read the history again
  useEffect(() => {
    const controller = new AbortController();
    fetchNodeHistory(map, nodeId, controller.signal)
      .then((list) => { setChanges(list); setError(null); })
      .catch((e: Error) => { if (e.name !== 'AbortError') setError(errorWords(e)); });
    return () => controller.abort();
  }, [map, nodeId, reloadToken]);

  const revert = async (change: Change, undo: boolean) => {
    setBusy(true);
    setRefusal(null);
    try {
      await revertChange(map, change.id);
      forgetOwnChange(map, change.id);
      setAsking(null);
      setNote(undo ? `Undone: ${headline(change, nodeId)}.` : `Reverted: ${headline(change, nodeId)}.`);
      onChanged();
    } catch (e) {
      if (undo) setNote(errorWords(e));
      else setRefusal(errorWords(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="history" aria-labelledby={`history-${nodeId}`} data-testid="history">
      <h3 id={`history-${nodeId}`} className="ties-title">History</h3>
      {own && may.edit && (
        <button type="button" className="secondary small" onClick={() => void revert(own, true)} disabled={busy} data-testid="undo">
          Undo my last change ({headline(own)})
        </button>
      )}
      {note && <p className="field-note" role="status" data-testid="history-note">{note}</p>}
      {error && <p className="panel-warning" role="status">{error}</p>}
      {changes && changes.length === 0 && <p className="muted">No changes recorded since the map was loaded.</p>}
      {changes && changes.length > 0 && (
        <ol className="history-list">
          {changes.map((change) => (
            <li key={change.id} data-testid="history-entry" data-action={change.action}>
              <p>
                <strong>{headline(change, nodeId)}</strong>{' '}
                <time dateTime={change.at} className="muted">{whenWords(change.at)}</time>
                {change.revertedBy && <span className="muted"> · reverted</span>}
              </p>
              {fieldLines(change).length > 0 && (
                <ul className="history-fields">
                  {fieldLines(change).map((line) => (
                    <li key={line.field}>{line.field}: {line.before} → {line.after}</li>
                  ))}
                </ul>
              )}
              {may.edit && revertable(change) && (
                <button type="button" className="link small" onClick={() => { setRefusal(null); setAsking(change); }} aria-label={`Revert: ${headline(change, nodeId)}, ${whenWords(change.at)}`}>
                  Revert
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {asking && (
        <Dialog title="Revert this change?" onClose={() => setAsking(null)} busy={busy} testId="revert-dialog">
          <p>{revertWarning(asking, nodeId)}</p>
          {refusal && <p className="panel-warning" role="alert" data-testid="revert-refusal">{refusal}</p>}
          <div className="button-row">
            <button type="button" onClick={() => void revert(asking, false)} disabled={busy} data-testid="revert-confirm">
              {busy ? 'Reverting…' : 'Revert'}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)} disabled={busy}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
