/**
 * Compare two dates: the dates (or an event's before and after), the growth figures side by side,
 * the summary sentences, what was added and what ended, and a legend for the map's two colours.
 */
import { type Ref, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAtlas, useStore } from '../stores';
import { ChangeLists } from './ChangeLists';
import { figureRows } from './figures';
import { ADDED_COLOUR, ENDED_COLOUR } from './highlight';
import { defaultRange, presetNodes } from './presets';
import { compareOf } from './store';
import type { CompareAnswer } from './types';
import { dateWords } from './words';
import './compare.css';

export function ComparePanel() {
  const atlas = useAtlas();
  const compare = compareOf(atlas);
  const range = useStore(compare.range);
  const state = useStore(compare.state);
  const answer = useStore(compare.answer);
  const onMap = useStore(compare.onMap);
  const filters = useStore(atlas.filters.filters);
  const data = useStore(atlas.data.state);
  const presets = useMemo(() => presetNodes(data.graph), [data]);
  const start = range ?? defaultRange(filters.asOf, new Date().toISOString().slice(0, 10));
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.to);
  const [shown, setShown] = useState(range);
  // Dates chosen elsewhere (an event's panel) come into the fields.
  if (range !== shown) {
    setShown(range);
    if (range) {
      setFrom(range.from);
      setTo(range.to);
    }
  }
  const id = useId();
  // Dates set from an event's panel bring the answer into view once it comes (on a phone the sidebar is short).
  const title = useRef<HTMLHeadingElement>(null);
  const reveal = useRef<unknown>(null);
  const answered = state.status === 'ready' && state.range === range;
  useEffect(() => {
    // Not when the tab is only opened again on an answer already shown: focus stays on the tab.
    if (range && !answered) reveal.current = range;
  }, [range, answered]);
  useEffect(() => {
    if (state.status !== 'ready' || reveal.current !== state.range) return;
    reveal.current = null;
    title.current?.focus();
  }, [state]);
  const wrongOrder = from !== '' && to !== '' && from > to;

  const choosePreset = (nodeId: string) => {
    const preset = presets.find((p) => p.id === nodeId)?.preset;
    if (preset) compare.range.set({ from: preset.from, to: preset.to });
  };

  return (
    <div className="compare-panel" data-testid="compare-panel">
      <form
        className="compare-dates"
        onSubmit={(e) => {
          e.preventDefault();
          if (!wrongOrder && from && to) compare.range.set({ from, to });
        }}
      >
        <label htmlFor={`${id}-preset`}>Before and after an event or programme</label>
        <select id={`${id}-preset`} value="" onChange={(e) => choosePreset(e.target.value)} data-testid="compare-preset">
          <option value="">Choose one…</option>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({dateWords(p.when)})
            </option>
          ))}
        </select>
        <div className="compare-date-pair">
          <label>
            Before
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required data-testid="compare-from" />
          </label>
          <label>
            After
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required aria-invalid={wrongOrder} data-testid="compare-to" />
          </label>
        </div>
        {wrongOrder && (
          <p className="compare-error" role="alert">
            The first date is after the second: choose a “before” date earlier than the “after” one.
          </p>
        )}
        <div className="compare-actions">
          <button type="submit" className="compare-button" disabled={wrongOrder} data-testid="compare-run">
            Compare
          </button>
          {range && (
            <button type="button" className="secondary small" onClick={compare.clear} data-testid="compare-clear">
              Stop comparing
            </button>
          )}
        </div>
      </form>

      {state.status === 'loading' && <p className="compare-note" role="status">Comparing {dateWords(state.range.from)} with {dateWords(state.range.to)}…</p>}
      {state.status === 'error' && (
        <p className="compare-error" role="alert">
          The comparison could not be made: {state.message}
        </p>
      )}
      {!range && <p className="compare-note">Pick two dates, or an event, to see what changed between them on the map and in figures.</p>}
      {range && answer && <CompareAnswerView titleRef={title} answer={answer} onMap={onMap} onToggleMap={compare.onMap.set} onSelect={atlas.selection.goTo} />}
    </div>
  );
}

function CompareAnswerView({ titleRef, answer, onMap, onToggleMap, onSelect }: { titleRef: Ref<HTMLHeadingElement>; answer: CompareAnswer; onMap: boolean; onToggleMap: (on: boolean) => void; onSelect: (id: string) => void }) {
  const rows = figureRows(answer.before, answer.after);
  return (
    <>
      <h2 className="compare-title" data-testid="compare-title" ref={titleRef} tabIndex={-1}>
        {dateWords(answer.from)} → {dateWords(answer.to)}
      </h2>
      <p className="compare-note" data-testid="compare-scope">
        Comparing {answer.scope.description}
      </p>
      {answer.summary.length > 0 && (
        <ul className="compare-summary" data-testid="compare-summary">
          {answer.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <table className="compare-figures" data-testid="compare-figures">
        <caption className="compare-sr">
          Growth figures before ({dateWords(answer.from)}) and after ({dateWords(answer.to)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" title={dateWords(answer.from)}>Before</th>
            <th scope="col" title={dateWords(answer.to)}>After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`compare-figure-${row.key}`} title={row.hint}>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
              <td className={row.delta > 0 ? 'compare-up' : row.delta < 0 ? 'compare-down' : 'compare-same'}>{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="compare-onmap">
        <input type="checkbox" checked={onMap} onChange={(e) => onToggleMap(e.target.checked)} data-testid="compare-on-map" /> Show the changes on the map
      </label>
      {onMap && (
        <ul className="compare-legend" aria-label="Map legend" data-testid="compare-legend">
          <li>
            <span className="compare-swatch compare-swatch-added" style={{ background: ADDED_COLOUR }} aria-hidden="true" /> Added: thick blue tie, blue ring
          </li>
          <li>
            <span className="compare-swatch compare-swatch-ended" style={{ background: ENDED_COLOUR }} aria-hidden="true" /> Ended: thin orange tie, orange ring
          </li>
          <li>
            <span className="compare-swatch compare-swatch-rest" aria-hidden="true" /> Unchanged: dimmed
          </li>
        </ul>
      )}
      <ChangeLists title="Added" changes={answer.added} kind="added" onSelect={onSelect} />
      <ChangeLists title="Ended" changes={answer.ended} kind="ended" onSelect={onSelect} />
    </>
  );
}
