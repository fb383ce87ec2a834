/**
 * "Import…": choose a spreadsheet or graph file (or an elements CSV and a connections CSV), see
 * the dry run row by row, correct the column mapping if needed, then commit — all or nothing, or,
 * when the user chooses, the valid rows with the rejected ones given back as a file.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { OptionSelect } from '../components/OptionSelect';
import type { MapRecord } from '../core/api';
import { titleFromFileName, titleProblem } from '../core/maps';
import { mapHref } from '../core/route';
import { navigate } from '../hooks/useAddress';
import { commitImport, formatOf, InterchangeRequestError, previewImport, tableOf, type ImportTarget } from './api';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { PlanView } from './PlanView';
import { RejectedRowsChoice, RejectedRowsDownload } from './RejectedRowsChoice';
import type { RejectedRows } from '../../../graph-service/src/contract/lists';
import { FILE_EXTENSIONS, NODE_TYPES, TIE_TYPES, type ChosenFile, type ColumnMapping, type CommitResult, type ImportPlan } from './types';
import './interchange.css';

interface Props {
  /** The map open now, offered as "into this map"; null where no map is open (the opening page). */
  map: MapRecord | null;
  /** Where the dialog starts: a new map (the default, so the open map stays as it is) or this one (an empty map). */
  startInto?: Into;
  /** Called when the dialog closes after a commit that wrote something, so the map can reload (the result stays readable until then). */
  onCommitted?: () => void;
  /** Older name for onCommitted; used when onCommitted is not given. */
  onImported?: () => void;
}

type Status = 'idle' | 'previewing' | 'committing';
type Into = 'this' | 'new';

/** A commit into a new map also answers with the map it made (`map: {id, title}`). */
const newMapOf = (result: CommitResult): string | null => (result as CommitResult & { map?: { id: string } }).map?.id ?? null;

const ACCEPT = FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

export function ImportDialog({ map, startInto = 'new', onCommitted, onImported }: Props) {
  const [open, setOpen] = useState(false);
  // A plain network goes into a map of its own unless the user says otherwise, so the open map is untouched.
  const [into, setInto] = useState<Into>(startInto);
  const [newTitle, setNewTitle] = useState('');
  const titleId = useId();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultNodeType, setDefaultNodeType] = useState('');
  const [defaultTieType, setDefaultTieType] = useState('');
  const [rejectedRows, setRejectedRows] = useState<RejectedRows>('refuse');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const wroteSomething = useRef(false);
  const intoThis = into === 'this' && map !== null;
  // The dry run plans against the chosen map, or an empty new one; only the commit needs the title.
  const target: ImportTarget = intoThis ? { map: map.id } : { newMap: { title: newTitle.trim() } };
  const targetKey = intoThis ? map.id : '';
  const request = { target, files, mapping, defaultNodeType, defaultTieType, rejectedRows };

  const close = useCallback(() => {
    setOpen(false);
    const created = result ? newMapOf(result) : null;
    if (created) navigate(mapHref(created));
    else if (wroteSomething.current) (onCommitted ?? onImported)?.();
    wroteSomething.current = false;
  }, [onCommitted, onImported, result]);

  const reset = () => {
    setFiles([]);
    setMapping({});
    setPlan(null);
    setError(null);
    setResult(null);
    setInto(startInto);
    setNewTitle('');
    setRejectedRows('refuse');
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

  // Any change of files, types, mapping or target plans again, so the table always shows what Commit would do.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the target is named by `targetKey`; the new map's title does not change the plan
  useEffect(() => {
    void preview({ target, files, mapping, defaultNodeType, defaultTieType, rejectedRows });
  }, [targetKey, files, mapping, defaultNodeType, defaultTieType, rejectedRows, preview]);

  const choose = (list: FileList | null) => {
    const chosen = Array.from(list ?? []).map((file) => ({ file, format: formatOf(file.name), table: tableOf(file.name) }));
    if (chosen[0] && !newTitle.trim()) setNewTitle(titleFromFileName(chosen[0].file.name));
    setMapping({});
    setFiles(chosen);
  };

  const titleWrong = intoThis ? null : titleProblem(newTitle);
  const commit = async () => {
    if (titleWrong) {
      setError(titleWrong);
      return;
    }
    setStatus('committing');
    setError(null);
    try {
      const committed = await commitImport({ ...request, fingerprint: plan?.fingerprint });
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
        <Dialog title="Import" onClose={close} busy={status !== 'idle'} className="interchange-dialog" testId="import-dialog">
          <p className="muted interchange-intro">
            A spreadsheet of elements (id, label, type, description, tags, themes, area…) and one of connections (from, to, type, since, until, source…), as CSV files or one XLSX workbook; or a GEXF, GraphML or JSON graph. Nothing is written until you press Commit.
          </p>
          <fieldset className="interchange-target" data-testid="import-target">
            <legend>Import into</legend>
            {map && (
              <label>
                <input type="radio" name="import-into" checked={intoThis} onChange={() => setInto('this')} disabled={!!written || map.archived} data-testid="import-into-this" /> this map, {map.title}
                {map.archived && ' (archived: unarchive it first)'}
              </label>
            )}
            <label>
              <input type="radio" name="import-into" checked={!intoThis} onChange={() => setInto('new')} disabled={!!written} data-testid="import-into-new" /> a new map of its own
            </label>
            {!intoThis && (
              <div className="interchange-new-map">
                <label htmlFor={titleId}>Title of the new map</label>
                <input id={titleId} value={newTitle} onChange={(e) => setNewTitle(e.target.value)} disabled={!!written} placeholder="Named after the file unless you say otherwise" data-testid="import-new-title" />
              </div>
            )}
          </fieldset>
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
          <RejectedRowsChoice value={rejectedRows} onChange={setRejectedRows} disabled={!!written} />

          {error && <p className="interchange-error" role="alert" data-testid="import-error">{error}</p>}
          {status === 'previewing' && <p className="muted" aria-live="polite">Reading the files and planning the import…</p>}
          {plan && plan.columns.length > 0 && <ColumnMappingEditor columns={plan.columns} mapping={mapping} onChange={setMapping} />}
          {plan && <PlanView plan={plan} />}
          {written && (
            <p className="interchange-done" role="status" data-testid="import-done">
              {result && newMapOf(result) ? `Imported into the new map “${newTitle.trim()}”: ` : 'Imported: '}
              {written.nodesCreated} elements created, {written.nodesUpdated} updated; {written.tiesCreated} connections created, {written.tiesUpdated} updated.
            </p>
          )}
          {result?.rejectedCsv && result.plan.summary.elements.rejected + result.plan.summary.connections.rejected > 0 && (
            <RejectedRowsDownload csv={result.rejectedCsv} count={result.plan.summary.elements.rejected + result.plan.summary.connections.rejected} />
          )}

          <div className="interchange-dialog-foot">
            {plan && !plan.committable && <span className="interchange-blocked">Fix the rejected rows or problems above, then choose the files again.</span>}
            <button type="button" className="secondary" onClick={close} disabled={status !== 'idle'} data-testid="import-close">
              {written ? (result && newMapOf(result) ? 'Open the new map' : 'Close') : 'Cancel'}
            </button>
            <button type="button" className="interchange-primary" onClick={() => void commit()} disabled={!plan?.committable || status !== 'idle' || !!written || (!intoThis && titleWrong !== null)} data-testid="import-commit">
              {status === 'committing' ? 'Committing…' : 'Commit'}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** The type given to rows that name none; without one, a file with no types at all is proposed as Organisation and the plain tie (the plan's notes say so), and other rows without a type are rejected. */
function DefaultType({ label, value, types, onChange }: { label: string; value: string; types: readonly string[]; onChange: (type: string) => void }) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <OptionSelect id={id} value={value} options={types.map((t) => ({ id: t, label: t }))} onChange={onChange} placeholder="(none chosen)" />
    </label>
  );
}
