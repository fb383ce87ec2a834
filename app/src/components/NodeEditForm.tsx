import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AtlasError, patchNode, type Entity } from '../core/api';
import { useAtlas } from '../stores';
import { changesFromForm, fieldMessages, formFromEntity, validateForm, type NodeForm } from '../core/edit';
import { ConflictNotice } from '../edit/ConflictNotice';
import { FormFields } from '../edit/FormFields';
import type { PropertyValue } from '../core/graph';
import { FormButtons } from './FormButtons';

interface Props {
  /** The node as read, with the version the edit is based on. */
  entity: Record<string, PropertyValue | undefined> & { id: string; version?: PropertyValue };
  onSaved: (entity: Entity) => void;
  onCancel: () => void;
}

type Status = { kind: 'editing' } | { kind: 'saving' } | { kind: 'error'; error: AtlasError } | { kind: 'conflict'; current: Entity };

/**
 * Writes through PATCH /api/nodes/:id with the version it read. Field messages (ours or the
 * service's) appear under their fields; a conflict shows the other person's values side by side.
 */
export function NodeEditForm({ entity, onSaved, onCancel }: Props) {
  const { mapId } = useAtlas();
  const [base, setBase] = useState<NodeForm>(() => formFromEntity(entity));
  const [version, setVersion] = useState<number>(Number(entity.version ?? 0));
  const [form, setForm] = useState<NodeForm>(base);
  const [messages, setMessages] = useState<ReturnType<typeof fieldMessages>>({});
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (status.kind !== 'conflict' && status.kind !== 'error') return;
    noticeRef.current?.scrollIntoView({ block: 'nearest' });
    noticeRef.current?.focus();
  }, [status.kind]);

  const save = async (from: NodeForm, atVersion: number) => {
    const local = validateForm(form);
    setMessages(fieldMessages(local));
    if (local.length > 0) return;
    const changes = changesFromForm(from, form);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const saved = await patchNode(mapId, entity.id, atVersion, changes);
      onSaved(saved);
    } catch (e) {
      const error = e instanceof AtlasError ? e : new AtlasError((e as Error).message, '');
      if (error.status === 409 && error.current) {
        setStatus({ kind: 'conflict', current: error.current });
      } else {
        setMessages(fieldMessages(error.fields));
        setStatus({ kind: 'error', error });
      }
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base, version);
  };

  /** Take the other person's values and start again from them. */
  const reload = (current: Entity) => {
    const theirs = formFromEntity(current);
    setBase(theirs);
    setForm(theirs);
    setVersion(current.version);
    setStatus({ kind: 'editing' });
  };

  /** Keep what I typed and save it on top of their version. */
  const reapply = (current: Entity) => {
    const theirs = formFromEntity(current);
    setBase(theirs);
    setVersion(current.version);
    void save(theirs, current.version);
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate data-testid="edit-form" aria-label="Edit details">
      {messages.other && (
        <p className="field-error" role="alert">
          {messages.other}
        </p>
      )}
      <FormFields form={form} messages={messages} onChange={setForm} />
      {/* Next to the Save button, where the person is looking when it happens. */}
      <div ref={noticeRef} tabIndex={-1} className="form-notice">
        {status.kind === 'conflict' && <ConflictNotice form={form} current={status.current} onReload={() => reload(status.current)} onReapply={() => reapply(status.current)} />}
        {status.kind === 'error' && (
          <div className="panel-warning" role="alert">
            <strong>{status.error.message}</strong> {status.error.hint}
          </div>
        )}
      </div>
      <FormButtons label="Save" busyLabel="Saving…" busy={status.kind === 'saving'} disabled={status.kind === 'saving' || status.kind === 'conflict'} onCancel={onCancel} />
    </form>
  );
}
