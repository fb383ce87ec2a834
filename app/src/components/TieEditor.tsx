import { useMemo, useState, type FormEvent } from 'react';
import { AtlasError, createTie, problemField, problemWords, type FieldError, type TieEntity } from '../core/api';
import { useAtlas } from '../stores';
import { NODE_TYPE_STYLES } from '../core/appearance';
import type { DataGraph, NodeType } from '../core/graph';
import { tieEnds, tieOptions } from '../core/ties';
import { NodePicker } from './NodePicker';
import { DATE_HINT, isDate } from '../../../graph-service/src/model/dates';
import { FormButtons } from './FormButtons';
import { DuplicateTieNotice } from '../edit/DuplicateTieNotice';
import { noteChangeOf } from '../edit/ownChanges';

interface Props {
  nodeId: string;
  nodeType: NodeType;
  data: DataGraph;
  onAdded: (tie: TieEntity) => void;
  onCancel: () => void;
}

/** Field messages keyed by the last part of the field path ("/to" → "to"); the rest under "other". */
function tieMessages(errors: FieldError[]): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const problem of errors) {
    const last = problemField(problem);
    const key = ['to', 'from', 'source', 'since'].includes(last) ? (last === 'from' ? 'to' : last) : 'other';
    result[key] = [result[key], problemWords(problem)].filter(Boolean).join(' ');
  }
  return result;
}

/** Records a new tie from this node through POST /api/ties; only the kinds the model allows are offered. */
export function TieEditor({ nodeId, nodeType, data, onAdded, onCancel }: Props) {
  const { mapId } = useAtlas();
  const options = useMemo(() => tieOptions(nodeType), [nodeType]);
  const [optionKey, setOptionKey] = useState(options[0]?.key ?? '');
  const [other, setOther] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [since, setSince] = useState('');
  const [messages, setMessages] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);
  const [duplicate, setDuplicate] = useState<TieEntity | null>(null);
  const option = options.find((o) => o.key === optionKey);
  const otherType = other && data.hasNode(other) ? data.getNodeAttribute(other, 'nodeType') : null;
  const wrongType = option && otherType && !option.otherTypes.includes(otherType);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!option) return;
    const local: { field: string; message: string }[] = [];
    if (!other) local.push({ field: 'to', message: 'Pick who or what the tie is with.' });
    if (!source.trim()) local.push({ field: 'source', message: 'Say where this comes from (a document, meeting or person).' });
    if (since.trim() && !isDate(since)) local.push({ field: 'since', message: `Write a real date as ${DATE_HINT}.` });
    setMessages(tieMessages(local));
    if (local.length > 0 || !other || wrongType) return;
    setSaving(true);
    setDuplicate(null);
    try {
      const tie = await createTie(mapId, { tieType: option.tieType, ...tieEnds(option, nodeId, other), source: source.trim(), ...(since.trim() ? { since: since.trim() } : {}) });
      onAdded(tie);
      void noteChangeOf(mapId, nodeId, tie.id, 'create');
    } catch (error) {
      const e = error instanceof AtlasError ? error : new AtlasError((error as Error).message, '');
      if (e.existingTie) {
        setDuplicate(e.existingTie);
        return;
      }
      setMessages(e.fields.length ? tieMessages(e.fields) : { other: `${e.message} ${e.hint}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate aria-label="Add a tie" data-testid="tie-editor">
      <div className="form-row">
        <label htmlFor="tie-kind">Kind of tie</label>
        <select id="tie-kind" value={optionKey} onChange={(e) => setOptionKey(e.target.value)}>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label} …
            </option>
          ))}
        </select>
      </div>
      <div className={`form-row ${messages.to || wrongType ? 'has-error' : ''}`}>
        <label htmlFor="tie-other">With</label>
        <NodePicker inputId="tie-other" data={data} onPick={setOther} label="The other end of the tie" placeholder={option ? option.otherTypes.map((t) => NODE_TYPE_STYLES[t].singular.toLowerCase()).join(' or ') : ''} keepPicked testId="tie-other" />
        {wrongType && option && <p className="field-error">“{option.label}” joins only {option.otherTypes.map((t) => NODE_TYPE_STYLES[t].plural.toLowerCase()).join(' or ')}.</p>}
        {messages.to && <p className="field-error">{messages.to}</p>}
      </div>
      <div className={`form-row ${messages.source ? 'has-error' : ''}`}>
        <label htmlFor="tie-source">Source</label>
        <input id="tie-source" type="text" value={source} onChange={(e) => setSource(e.target.value)} aria-invalid={messages.source ? true : undefined} />
        {messages.source ? <p className="field-error">{messages.source}</p> : <p className="field-hint">Document and section, meeting or person</p>}
      </div>
      <div className={`form-row ${messages.since ? 'has-error' : ''}`}>
        <label htmlFor="tie-since">Since</label>
        <input id="tie-since" type="text" value={since} onChange={(e) => setSince(e.target.value)} aria-invalid={messages.since ? true : undefined} />
        {messages.since && <p className="field-error">{messages.since}</p>}
      </div>
      {messages.other && (
        <p className="panel-warning" role="alert">
          {messages.other}
        </p>
      )}
      {duplicate && <DuplicateTieNotice existing={duplicate} data={data} />}
      <FormButtons label="Add tie" busyLabel="Adding…" busy={saving} onCancel={onCancel} />
    </form>
  );
}
