/**
 * "Import…": choose a spreadsheet or graph file (or an elements CSV and a connections CSV), see
 * the dry run row by row, correct the column mapping if needed, then commit — all or nothing.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { OptionSelect } from '../components/OptionSelect';
import { commitImport, formatOf, InterchangeRequestError, previewImport, tableOf } from './api';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { PlanView } from './PlanView';
import { FILE_EXTENSIONS, NODE_TYPES, TIE_TYPES, type ChosenFile, type ColumnMapping, type CommitResult, type ImportPlan } from './types';
import './interchange.css';

interface Props {
  /** Called when the dialog closes after a commit that wrote something, so the map can reload (the result stays readable until then). */
  onCommitted?: () => void;
  /** Older name for onCommitted; used when onCommitted is not given. */
  onImported?: () => void;
}

type Status = 'idle' | 'previewing' | 'committing';

const ACCEPT = FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

export function ImportDialog({ onCommitted, onImported }: Props) {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultNodeType, setDefaultNodeType] = useState('');
  const [defaultTieType, setDefaultTieType] = useState('');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const wroteSomething = useRef(false);
  const request = { files, mapping, defaultNodeType, defaultTieType };

  const close = useCallback(() => {
    setOpen(false);
    if (wroteSomething.current) {
      wroteSomething.current = false;
      (onCommitted ?? onImported)?.();
    }
  }, [onCommitted, onImported]);

  const reset = () => {
    setFiles([]);
    setMapping({});
    setPlan(null);
    setError(null);
    setResult(null);
  };

  const preview = useCallback(async (next: typeof request) => {
    if (next.files.length === 0) return;
    setStatus('previewing');
    setError(null);
    setResult(null);
    try {
      setPlan(await previewImport(next));
    } catch (caught) {
      setPlan(null);
      setError((caught as Error).message);
    } finally {
      setStatus('idle');
    }
  }, []);

  // Any change of files, types or mapping plans again, so the table always shows what Commit would do.
  useEffect(() => {
    void preview({ files, mapping, defaultNodeType, defaultTieType });
  }, [files, mapping, defaultNodeType, defaultTieType, preview]);

  useEffect(() => {
    if (!open) return;
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape' && status === 'idle') close(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, status, close]);

  const choose = (list: FileList | null) => {
    const chosen = Array.from(list ?? []).map((file) => ({ file, format: formatOf(file.name), table: tableOf(file.name) }));
    setMapping({});
    setFiles(chosen);
  };

  const commit = async () => {
    setStatus('committing');
    setError(null);
    try {
      const committed = await commitImport(request);
      setResult(committed);
      setPlan(committed.plan);
      const { nodesCreated, nodesUpdated, tiesCreated, tiesUpdated } = committed.written;
      if (nodesCreated + nodesUpdated + tiesCreated + tiesUpdated > 0) wroteSomething.current = true;
    } catch (caught) {
      if (caught instanceof InterchangeRequestError && caught.plan) setPlan(caught.plan);
      setError((caught as Error).message);
    } finally {
      setStatus('idle');
    }
  };

  const written = result?.written;
  return (
    <>
      <button type="button" className="secondary" onClick={() => { reset(); setOpen(true); }} data-testid="import-open">
        Import…
      </button>
      {open && (
        <div className="interchange-backdrop" onPointerDown={(e) => { if (e.target === e.currentTarget && status === 'idle') close(); }}>
          <div className="interchange-dialog" role="dialog" aria-modal="true" aria-labelledby="interchange-import-title" tabIndex={-1} ref={dialog} data-testid="import-dialog">
            <header className="interchange-dialog-head">
              <h2 id="interchange-import-title">Import into the atlas</h2>
              <button type="button" className="interchange-close" aria-label="Close" onClick={close} disabled={status !== 'idle'}>×</button>
            </header>
            <p className="muted interchange-intro">
              A spreadsheet of elements (id, label, type, description, tags, themes, area…) and one of connections (from, to, type, since, until, source…), as CSV files or one XLSX workbook; or a GEXF, GraphML or JSON graph. Nothing is written until you press Commit.
            </p>
            <div className="interchange-files">
              <label className="interchange-file-pick">
                <span>Files</span>
                <input type="file" multiple accept={ACCEPT} onChange={(e) => choose(e.target.files)} data-testid="import-files" />
              </label>
              {files.length > 0 && (
                <ul className="interchange-file-list">
                  {files.map((f, index) => (
                    <li key={`${f.file.name}:${f.file.size}:${f.file.lastModified}`}>
                      <strong>{f.file.name}</strong>
                      <span className="interchange-format">{f.format ? f.format.toUpperCase() : 'format from content'}</span>
                      {f.format === 'csv' && (
                        <select aria-label={`Table in ${f.file.name}`} value={f.table ?? ''} onChange={(e) => setFiles(files.map((g, i) => (i === index ? { ...g, table: (e.target.value || null) as ChosenFile['table'] } : g)))}>
                          <option value="">table: from the headers</option>
                          <option value="elements">elements</option>
                          <option value="connections">connections</option>
                        </select>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <div className="interchange-defaults">
                <DefaultType label="Type for elements without one" value={defaultNodeType} types={NODE_TYPES} onChange={setDefaultNodeType} />
                <DefaultType label="Type for connections without one" value={defaultTieType} types={TIE_TYPES} onChange={setDefaultTieType} />
              </div>
            </div>

            {error && <p className="interchange-error" role="alert" data-testid="import-error">{error}</p>}
            {status === 'previewing' && <p className="muted" aria-live="polite">Reading the files and planning the import…</p>}
            {plan && plan.columns.length > 0 && <ColumnMappingEditor columns={plan.columns} mapping={mapping} onChange={setMapping} />}
            {plan && <PlanView plan={plan} />}
            {written && (
              <p className="interchange-done" role="status" data-testid="import-done">
                Imported: {written.nodesCreated} elements created, {written.nodesUpdated} updated; {written.tiesCreated} connections created, {written.tiesUpdated} updated.
              </p>
            )}

            <footer className="interchange-dialog-foot">
              {plan && !plan.committable && <span className="interchange-blocked">Fix the rejected rows or problems above, then choose the files again.</span>}
              <button type="button" className="secondary" onClick={close} disabled={status !== 'idle'} data-testid="import-close">
                {written ? 'Close' : 'Cancel'}
              </button>
              <button type="button" className="interchange-primary" onClick={() => void commit()} disabled={!plan?.committable || status !== 'idle' || !!written} data-testid="import-commit">
                {status === 'committing' ? 'Committing…' : 'Commit'}
              </button>
            </footer>
          </div>
        </div>
      )}
    </>
  );
}

/** The type given to rows that name none; without one, such rows are rejected. */
function DefaultType({ label, value, types, onChange }: { label: string; value: string; types: readonly string[]; onChange: (type: string) => void }) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <OptionSelect id={id} value={value} options={types.map((t) => ({ id: t, label: t }))} onChange={onChange} placeholder="(none: reject them)" />
    </label>
  );
}
