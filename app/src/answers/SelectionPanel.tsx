/**
 * The "n selected" panel: the nodes chosen together, the ties among them and who is connected to
 * none of the others (`GET …/answers/ties-among`, on the map's filters), and clear-selection. It
 * takes the node panel's place while no single node is open.
 */
import { useEffect, useRef } from 'react';
import { useAtlas, useStore } from '../stores';
import { fetchTiesAmong } from './api';
import { multiSelectionOf } from './multiSelection';
import { useAnswer } from './useAnswer';
import './answers.css';

export function SelectionPanel() {
  const atlas = useAtlas();
  const multi = multiSelectionOf(atlas);
  const ids = useStore(multi.ids);
  const open = useStore(atlas.selection.node);
  if (open || ids.length === 0) return null;
  return <ChosenNodes ids={ids} />;
}

function ChosenNodes({ ids }: { ids: readonly string[] }) {
  const atlas = useAtlas();
  const multi = multiSelectionOf(atlas);
  const filters = useStore(atlas.filters.filters);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useAnswer(ids.length >= 2 ? (f, signal) => fetchTiesAmong(atlas.mapId, ids, f, signal) : null, filters, `${atlas.mapId}/${ids.join(',')}`);
  const data = useStore(atlas.data.state);
  const name = (id: string) => (data.graph.hasNode(id) ? String(data.graph.getNodeAttribute(id, 'name') ?? id) : id);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !(e.target instanceof Element && e.target.closest('dialog'))) multi.clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [multi]);

  const answer = state.status === 'ready' ? state.answer : null;
  return (
    <aside className="panel" data-testid="selection-panel" aria-label={`${ids.length} selected`}>
      <div className="panel-head">
        <p className="panel-type answers-type">Selection</p>
        <button type="button" className="icon-button" onClick={multi.clear} aria-label="Clear selection" title="Clear selection (Esc)">
          ×
        </button>
      </div>
      <h2 ref={heading} tabIndex={-1} data-testid="selection-count">
        {ids.length} selected
      </h2>
      {ids.length < 2 && <p className="answers-reason">Ctrl- or shift-click more nodes on the map, or use "Add to selection" in a node's panel, to see the ties among them.</p>}
      {state.status === 'loading' && (
        <p className="answers-reason" role="status">
          Looking for the ties among them…
        </p>
      )}
      {state.status === 'error' && (
        <p className="panel-warning" role="status">
          {state.message}
        </p>
      )}
      {answer && (
        <p data-testid="selection-summary" role="status">
          {answer.summary}
        </p>
      )}
      <ul className="answers-list" data-testid="selected-nodes">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => atlas.selection.goTo(id)}>
              {name(id)}
            </button>{' '}
            <button type="button" className="link small answers-remove" onClick={() => multi.remove(id)} aria-label={`Remove ${name(id)} from the selection`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {answer && (
        <>
          <h3 className="ties-title">
            Ties among them <span className="legend-count">{answer.ties.filter((t) => t.connected).length}</span>
          </h3>
          <ul className="answers-list" data-testid="ties-among">
            {answer.ties
              .filter((t) => t.connected)
              .map((t) => (
                <li key={`${t.a}|${t.b}`}>
                  <strong>{name(t.a)}</strong> and <strong>{name(t.b)}</strong>
                  <span className="answers-reason">{t.words}</span>
                </li>
              ))}
          </ul>
          {answer.ties.some((t) => !t.connected) && (
            <>
              <h4>Only sharing an event or an alliance</h4>
              <ul className="answers-list" data-testid="context-among">
                {answer.ties
                  .filter((t) => !t.connected)
                  .map((t) => (
                    <li key={`${t.a}|${t.b}`}>
                      {name(t.a)} and {name(t.b)}
                      <span className="answers-reason">{t.words}</span>
                    </li>
                  ))}
              </ul>
            </>
          )}
          <h3 className="ties-title">
            Connected to none of the others <span className="legend-count">{answer.alone.length}</span>
          </h3>
          {answer.alone.length === 0 ? (
            <p className="answers-reason">Every one has a tie to another.</p>
          ) : (
            <ul className="answers-list" data-testid="alone-among">
              {answer.alone.map((n) => (
                <li key={n.id}>{n.name}</li>
              ))}
            </ul>
          )}
          {answer.missing.length > 0 && <p className="answers-reason">Left out by the filters: {answer.missing.map(name).join(', ')}.</p>}
        </>
      )}
      <div className="button-row">
        <button type="button" className="secondary small" onClick={multi.clear} data-testid="clear-selection">
          Clear selection
        </button>
      </div>
    </aside>
  );
}
