import { useEffect, useState } from 'react';
import { AtlasError, fetchNode } from '../core/api';
import { NODE_TYPE_STYLES } from '../core/appearance';
import type { NodeDetails } from '../core/graph';
import { humanise } from '../core/graph/format';
import { groupTies } from '../core/ties';

const SHOWN_ELSEWHERE = new Set(['id', 'nodeType', 'name', 'description', 'aliases', 'source', 'since', 'until', 'lastConfirmed', 'createdAt', 'updatedAt', 'version', 'label']);

interface Props {
  id: string;
  onSelect(id: string | undefined): void;
}

/** Everything known about the selected node, and its ties in plain words with their sources. */
export function NodePanel({ id, onSelect }: Props) {
  const [details, setDetails] = useState<NodeDetails | undefined>();
  const [error, setError] = useState<AtlasError | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    setDetails(undefined);
    setError(undefined);
    fetchNode(id, controller.signal).then(setDetails, (e: Error) => {
      if (e.name !== 'AbortError') setError(e instanceof AtlasError ? e : new AtlasError(e.message, 'Try again.'));
    });
    return () => controller.abort();
  }, [id]);

  if (error) return <section className="panel" data-testid="node-panel"><h2>{id}</h2><p className="error">{error.message} {error.hint}</p></section>;
  if (!details) return <section className="panel" data-testid="node-panel" aria-busy="true"><p className="muted">Loading…</p></section>;

  const { node, ties } = details;
  const style = NODE_TYPE_STYLES[node.nodeType];
  const extra = Object.entries(node).filter(([k, v]) => !SHOWN_ELSEWHERE.has(k) && v !== null && v !== undefined && v !== '');
  return (
    <section className="panel" data-testid="node-panel" aria-live="polite">
      <button type="button" className="close" onClick={() => onSelect(undefined)} aria-label="Close details">×</button>
      <p className="kind" style={{ color: style.ring }}>{style.icon} {style.singular}</p>
      <h2>{node.name}</h2>
      {node.aliases && node.aliases.length > 0 && <p className="muted">Also known as {node.aliases.join(', ')}</p>}
      {node.description && <p>{node.description}</p>}
      {extra.length > 0 && (
        <dl>
          {extra.map(([k, v]) => (
            <div key={k}><dt>{humanise(k)}</dt><dd>{Array.isArray(v) ? v.join(', ') : String(v)}</dd></div>
          ))}
        </dl>
      )}
      <p className="provenance">Source: {node.source ?? 'not recorded'}{node.lastConfirmed ? ` · last confirmed ${node.lastConfirmed}` : ''}</p>
      <h3>Ties ({ties.length})</h3>
      {ties.length === 0 && <p className="muted">No ties recorded yet.</p>}
      {groupTies(ties).map((group) => (
        <div key={group.key} className="tie-group">
          <h4>{group.heading}</h4>
          <ul>
            {group.ties.map((t) => (
              <li key={`${t.tie.id}:${t.tie.direction}`}>
                <button type="button" className="link" onClick={() => onSelect(t.tie.other.id)}>{t.tie.other.name}</button>
                {t.qualifier && <span className="muted"> ({t.qualifier})</span>}
                {t.detail && <span> — {t.detail}</span>}
                {(t.period || t.source) && <div className="provenance">{[t.period, t.source && `source: ${t.source}`].filter(Boolean).join(' · ')}</div>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
