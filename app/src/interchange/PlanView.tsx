/** The dry run: counts per outcome, problems with the files, and a table of rows with their reasons. */
import { useMemo, useState } from 'react';
import { OUTCOMES, type ImportPlan, type PlanRow } from './types';

const SHOWN_ROWS = 500;

function what(row: PlanRow): string {
  if (row.record === 'element') return `${row.type ?? '?'} · ${row.name ?? '(no name)'}`;
  return `${row.type ?? '?'} · ${row.from ?? '?'} → ${row.to ?? '?'}`;
}

function details(row: PlanRow): string[] {
  return [
    ...row.reasons,
    row.into ? `merged into ${row.into.name} (${row.into.id})` : '',
    row.outcome === 'updated' && row.changes?.length ? `changes ${row.changes.join(', ')}` : '',
    ...row.notes,
  ].filter(Boolean);
}

export function PlanView({ plan }: { plan: ImportPlan }) {
  const [onlyAttention, setOnlyAttention] = useState(plan.rows.length > 30);
  const rows = useMemo(() => (onlyAttention ? plan.rows.filter((r) => r.outcome === 'rejected' || r.outcome === 'merged' || r.notes.length > 0) : plan.rows), [plan, onlyAttention]);
  return (
    <section className="interchange-plan" aria-label="Dry run" data-testid="import-plan">
      <div className="interchange-summary">
        {(['elements', 'connections'] as const).map((kind) => (
          <p key={kind}>
            <strong>{kind === 'elements' ? 'Elements' : 'Connections'}:</strong>{' '}
            {OUTCOMES.filter((o) => plan.summary[kind][o] > 0).map((o) => (
              <span key={o} className={`interchange-outcome interchange-outcome-${o}`}>{plan.summary[kind][o]} {o}</span>
            ))}
            {OUTCOMES.every((o) => plan.summary[kind][o] === 0) && <span className="muted">none</span>}
          </p>
        ))}
      </div>
      {plan.problems.length > 0 && (
        <ul className="interchange-problems" role="alert">
          {plan.problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      {plan.notes.length > 0 && (
        <details className="interchange-notes">
          <summary>{plan.notes.length} note{plan.notes.length === 1 ? '' : 's'} about the files</summary>
          <ul>{plan.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </details>
      )}
      <label className="interchange-toggle">
        <input type="checkbox" checked={onlyAttention} onChange={(e) => setOnlyAttention(e.target.checked)} /> Only rows to look at (rejected, merged or with notes)
      </label>
      <div className="interchange-table-wrap">
        <table className="interchange-table">
          <thead>
            <tr><th>Where</th><th>Outcome</th><th>Row</th><th>Why</th></tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a plan's rows never reorder, and one line of a file can give several rows
              <tr key={`${row.origin}:${row.line}:${row.record}:${index}`} className={`interchange-row-${row.outcome}`}>
                <td className="interchange-where">{row.origin} · line {row.line}</td>
                <td><span className={`interchange-outcome interchange-outcome-${row.outcome}`}>{row.outcome}</span></td>
                <td>{what(row)}</td>
                <td>{details(row).map((d) => <div key={d}>{d}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted interchange-empty">No rows need a look.</p>}
        {rows.length > SHOWN_ROWS && <p className="muted">Showing the first {SHOWN_ROWS} of {rows.length} rows.</p>}
      </div>
    </section>
  );
}
