/**
 * Merging two organisations that are really one: pick the other, choose which record survives,
 * read what moves (the other's ties, its name as an alias), then merge. Undo can separate them again.
 */
import { useEffect, useState } from 'react';
import { AtlasError, fetchNode, mergeOrganisations } from '../core/api';
import { mergePlan, mergeSentences } from '../core/edit';
import type { NodeDetails } from '../core/graph';
import { Dialog } from '../components/Dialog';
import { NodePicker } from '../components/NodePicker';
import { useAtlas, useStore } from '../stores';
import { aroundNow, noteChangeOf } from './ownChanges';

const errorWords = (e: unknown) => (e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);

export function MergeDialog({ details, onClose, onMerged }: { details: NodeDetails; onClose: () => void; onMerged: () => void }) {
  const { mapId, data, selection } = useAtlas();
  const { graph } = useStore(data.state);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [other, setOther] = useState<NodeDetails | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const notOrganisation = otherId && graph.hasNode(otherId) && graph.getNodeAttribute(otherId, 'nodeType') !== 'Organisation';
  const same = otherId === details.node.id;

  useEffect(() => {
    setOther(null);
    if (!otherId || notOrganisation || same) return;
    const controller = new AbortController();
    fetchNode(mapId, otherId, controller.signal).then(setOther).catch((e: Error) => { if (e.name !== 'AbortError') setFailure(errorWords(e)); });
    return () => controller.abort();
  }, [mapId, otherId, notOrganisation, same]);

  const [survivor, merged] = other ? (keepThis ? [details, other] : [other, details]) : [null, null];
  const plan = survivor && merged ? mergePlan(survivor.node.id, survivor.ties, merged.ties) : null;

  const merge = async () => {
    if (!survivor || !merged) return;
    setBusy(true);
    setFailure(null);
    try {
      const ref = (d: NodeDetails) => ({ id: d.node.id, version: Number(d.node.version ?? 0) });
      await mergeOrganisations(mapId, { survivor: ref(survivor), merged: ref(merged) });
      data.resync(merged.node.id, null);
      await noteChangeOf(mapId, survivor.node.id, survivor.node.id, 'merge');
      data.resync(survivor.node.id, await aroundNow(mapId, survivor.node.id));
      setBusy(false);
      onClose();
      onMerged();
      selection.goTo(survivor.node.id);
    } catch (error) {
      setFailure(errorWords(error));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Merge “${details.node.name}” with another organisation`} onClose={onClose} busy={busy} testId="merge-dialog">
      <div className="form-row">
        <label htmlFor="merge-other">The same organisation under another record</label>
        <NodePicker inputId="merge-other" data={graph} onPick={setOtherId} label="The organisation to merge with" placeholder="organisation" keepPicked testId="merge-other" />
        {notOrganisation && <p className="field-error">Only organisations can be merged: pick an organisation.</p>}
        {same && <p className="field-error">Pick a different organisation.</p>}
      </div>
      {other && (
        <fieldset className="merge-survivor">
          <legend>Which record stays?</legend>
          <label>
            <input type="radio" name="survivor" checked={keepThis} onChange={() => setKeepThis(true)} /> {details.node.name}
          </label>
          <label>
            <input type="radio" name="survivor" checked={!keepThis} onChange={() => setKeepThis(false)} /> {other.node.name}
          </label>
        </fieldset>
      )}
      {plan && survivor && merged && (
        <ul className="consequence-list" data-testid="merge-consequence">
          {mergeSentences(survivor.node.name, merged.node.name, plan).map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      {failure && <p className="panel-warning" role="alert">{failure}</p>}
      <div className="dialog-foot">
        <button type="button" className="secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void merge()} disabled={busy || !plan} data-testid="merge-confirm">
          {busy ? 'Merging…' : survivor ? `Merge into “${survivor.node.name}”` : 'Merge'}
        </button>
      </div>
    </Dialog>
  );
}
