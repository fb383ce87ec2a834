import { useEffect, useState } from 'react';
import { NODE_TYPE_STYLES, TIE_KINDS } from '../core/appearance';
import { describePath, type PathAsk, type PathResult } from '../core/focus';
import type { DataGraph } from '../core/graph';
import { NodePicker } from './NodePicker';

interface Props {
  data: DataGraph;
  /** The path asked for (from the URL or the last search). */
  query: PathAsk | null;
  /** The selected node, offered as the start. */
  selected: string | null;
  result: PathResult;
  onFind: (query: PathAsk | null) => void;
  onSelect: (node: string) => void;
}

const nameOf = (data: DataGraph, id: string | null) => (id && data.hasNode(id) ? data.getNodeAttribute(id, 'name') : '');

/** The "Path" tab: how are two organisations connected? Lists the steps in words and lights them on the map. */
export function PathFinder({ data, query, selected, result, onFind, onSelect }: Props) {
  const [from, setFrom] = useState<string | null>(query?.from ?? selected);
  const [to, setTo] = useState<string | null>(query?.to ?? null);
  const [tieTypes, setTieTypes] = useState<string[]>(query?.tieTypes ?? []);

  useEffect(() => {
    if (query) {
      setFrom(query.from);
      setTo(query.to);
      setTieTypes(query.tieTypes);
    }
  }, [query]);

  const kindOn = (types: string[]) => tieTypes.length === 0 || types.every((t) => tieTypes.includes(t));
  const toggleKind = (types: string[]) => {
    const all = TIE_KINDS.flatMap((k) => k.tieTypes as string[]);
    const base = tieTypes.length === 0 ? all : tieTypes;
    const next = kindOn(types) ? base.filter((t) => !types.includes(t)) : [...new Set([...base, ...types])];
    setTieTypes(next.length === all.length ? [] : next);
  };

  return (
    <div className="path-finder">
      <p className="field-note">How are two things connected? Pick both ends; the shortest chain of ties is drawn in red.</p>
      <div className="path-end">
        <NodePicker data={data} onPick={setFrom} label="Path from" placeholder="From…" keepPicked initialText={nameOf(data, from)} testId="path-from" />
        {selected && selected !== from && (
          <button type="button" className="secondary small" onClick={() => setFrom(selected)}>
            Use “{nameOf(data, selected)}”
          </button>
        )}
      </div>
      <div className="path-end">
        <NodePicker data={data} onPick={setTo} label="Path to" placeholder="To…" keepPicked initialText={nameOf(data, to)} testId="path-to" />
        {selected && selected !== to && selected !== from && (
          <button type="button" className="secondary small" onClick={() => setTo(selected)}>
            Use “{nameOf(data, selected)}”
          </button>
        )}
      </div>
      <fieldset>
        <legend>Follow only</legend>
        {TIE_KINDS.map((kind) => (
          <label key={kind.id} className="check">
            <input type="checkbox" checked={kindOn(kind.tieTypes)} onChange={() => toggleKind(kind.tieTypes)} />
            <span className="tie-swatch" style={{ background: kind.color }} aria-hidden="true" />
            {kind.label}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="primary" disabled={!from || !to || from === to} onClick={() => from && to && onFind({ from, to, tieTypes })} data-testid="find-path">
          Find the path
        </button>
        {query && (
          <button type="button" className="secondary" onClick={() => onFind(null)}>
            Clear
          </button>
        )}
      </div>
      {from && to && from === to && <p className="field-note">Pick two different ends.</p>}
      <PathAnswer data={data} result={result} onSelect={onSelect} />
    </div>
  );
}

function PathAnswer({ data, result, onSelect }: { data: DataGraph; result: PathResult; onSelect: (node: string) => void }) {
  if (result.status === 'idle') return null;
  if (result.status === 'loading') return <p role="status">Looking for a path…</p>;
  if (result.status === 'error') return <p className="panel-warning" role="alert">{result.message}</p>;
  if (result.status === 'none') return <p className="panel-warning" role="status" data-testid="path-result">These two are not connected by the ties chosen. Allow more kinds of tie above, or clear the filters.</p>;
  const { path } = result;
  const steps = describePath(path);
  return (
    <div className="path-result" data-testid="path-result" role="status">
      <p>
        <strong>{path.ties.length === 1 ? '1 step' : `${path.ties.length} steps`}</strong> from {path.nodes[0]?.name} to {path.nodes[path.nodes.length - 1]?.name}:
      </p>
      <ol className="path-steps">
        {steps.map((step, i) => {
          const node = path.nodes[i + 1];
          return (
            <li key={path.ties[i]?.id ?? step}>
              {step}{' '}
              {node && data.hasNode(node.id) && (
                <button type="button" className="link small" onClick={() => onSelect(node.id)} aria-label={`Show ${node.name}`}>
                  <span style={{ color: NODE_TYPE_STYLES[node.nodeType]?.ring }} aria-hidden="true">
                    {NODE_TYPE_STYLES[node.nodeType]?.icon}
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
