/**
 * "Add to the map": an organisation, person, theme, event, area, partnership or alliance, with the
 * edit form's fields and the model's create rules. The new node is selected; Undo can take it back.
 */
import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { AtlasError, createNode } from '../core/api';
import { NODE_TYPE_STYLES } from '../core/appearance';
import { EMPTY_FORM, NEW_NODE_KINDS, createBody, fieldMessages, newNodeProblems, type NodeForm } from '../core/edit';
import type { NodeType } from '../core/graph';
import { Dialog } from '../components/Dialog';
import { FormButtons } from '../components/FormButtons';
import { useAtlas } from '../stores';
import { FormFields } from './FormFields';
import { aroundNow, noteChangeOf } from './ownChanges';
import './edit.css';

export function AddNodeButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="secondary" onClick={() => setOpen(true)} data-testid="add-node">
        Add…
      </button>
      {/* Out of the page's banner: a dialog's own head must not sit inside another landmark. */}
      {open && createPortal(<AddNodeDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}

function AddNodeDialog({ onClose }: { onClose: () => void }) {
  const { mapId, data, selection } = useAtlas();
  const [kind, setKind] = useState<NodeType>('Organisation');
  const [form, setForm] = useState<NodeForm>(EMPTY_FORM);
  const [messages, setMessages] = useState<ReturnType<typeof fieldMessages>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const what = NODE_TYPE_STYLES[kind].singular.toLowerCase();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = newNodeProblems(kind, form);
    setMessages(fieldMessages(problems));
    setFailure(null);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const created = await createNode(mapId, createBody(kind, form));
      data.resync(created.id, await aroundNow(mapId, created.id));
      await noteChangeOf(mapId, created.id, created.id, 'create');
      setBusy(false);
      onClose();
      selection.goTo(created.id);
    } catch (error) {
      const e = error instanceof AtlasError ? error : new AtlasError((error as Error).message, '');
      setMessages(fieldMessages(e.fields));
      setFailure(e.fields.length ? null : `${e.message} ${e.hint}`);
      setBusy(false);
    }
  };

  return (
    <Dialog title="Add to the map" onClose={onClose} busy={busy} testId="add-node-dialog">
      <form className="edit-form add-form" onSubmit={submit} noValidate aria-label={`New ${what}`}>
        <div className="form-row">
          <label htmlFor="add-kind">Kind</label>
          <select id="add-kind" value={kind} onChange={(e) => setKind(e.target.value as NodeType)}>
            {NEW_NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {NODE_TYPE_STYLES[k].singular}
              </option>
            ))}
          </select>
        </div>
        <FormFields form={form} messages={messages} onChange={setForm} idPrefix="add" />
        {messages.other && <p className="field-error" role="alert">{messages.other}</p>}
        {failure && <p className="panel-warning" role="alert">{failure}</p>}
        <FormButtons label={`Add ${what}`} busyLabel="Adding…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
