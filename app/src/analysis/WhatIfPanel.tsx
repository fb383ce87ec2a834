import { useId, useMemo, useState } from 'react';
import type { GapItem, Visibility, WhatIfMode, WhatIfResult } from '../../../graph-service/src/analysis/index.ts';
import type { DataState } from '../stores';
import { OptionSelect } from '../components/OptionSelect';
import { Item } from './Item';

interface Props {
  data: DataState;
  /** What the filters leave: only those organisations are analysed, so only they are offered. */
  visibility: Visibility | null;
  run: (organisation: string, mode: WhatIfMode) => Promise<WhatIfResult>;
}

const SECTIONS: [keyof WhatIfResult, string][] = [
  ['isolated', 'Left with no working tie'],
  ['lostCoreLink', 'Lose their link to the core group'],
  ['lostThemeLink', 'Lose their only link to a theme'],
  ['themes', 'Themes affected'],
  ['lostFunding', 'Lose all their funding'],
];

/** Pick an organisation, say what happens to it, and see who is affected. */
export function WhatIfPanel({ data, visibility, run }: Props) {
  const organisations = useMemo(
    () =>
      data.graph
        .filterNodes((id, a) => a.nodeType === 'Organisation' && (!visibility || visibility.nodes.has(id)))
        .map((id) => ({ id, label: data.graph.getNodeAttribute(id, 'name') }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [data, visibility],
  );
  const [organisation, setOrganisation] = useState('');
  const selectId = useId();
  const [mode, setMode] = useState<WhatIfMode>('closes');
  const [state, setState] = useState<{ status: 'idle' } | { status: 'working' } | { status: 'done'; result: WhatIfResult } | { status: 'error'; message: string }>({ status: 'idle' });

  const submit = () => {
    if (!organisation) return;
    setState({ status: 'working' });
    run(organisation, mode).then(
      (result) => setState({ status: 'done', result }),
      (error: Error) => setState({ status: 'error', message: error.message }),
    );
  };

  return (
    <section className="analysis-section" aria-labelledby="analysis-whatif-heading" data-testid="analysis-whatif">
      <h3 id="analysis-whatif-heading">What if…</h3>
      <p className="analysis-note">See who would be cut off if an organisation closed or lost its funding.</p>
      <label className="analysis-control analysis-control-wide" htmlFor={selectId}>
        <span>Organisation</span>
        <OptionSelect id={selectId} value={organisation} options={organisations} onChange={setOrganisation} placeholder="Choose an organisation…" testId="analysis-whatif-org" />
      </label>
      <fieldset className="analysis-modes">
        <legend className="analysis-sr">What happens</legend>
        <label>
          <input type="radio" name="analysis-whatif-mode" checked={mode === 'closes'} onChange={() => setMode('closes')} /> it closes
        </label>
        <label>
          <input type="radio" name="analysis-whatif-mode" checked={mode === 'loses-funding'} onChange={() => setMode('loses-funding')} data-testid="analysis-whatif-funding" /> it loses its funding
        </label>
      </fieldset>
      <button type="button" className="analysis-button" disabled={!organisation || state.status === 'working'} onClick={submit} data-testid="analysis-whatif-run">
        {state.status === 'working' ? 'Working it out…' : 'Show the effect'}
      </button>
      {state.status === 'error' && (
        <p className="analysis-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && (
        <div aria-live="polite">
          <p className="analysis-summary" data-testid="analysis-whatif-summary">
            {state.result.summary}
          </p>
          {SECTIONS.map(([key, label]) => {
            const items = state.result[key] as GapItem[];
            if (!items.length) return null;
            return (
              <div key={key}>
                <h4 className="analysis-subheading">
                  {label} <span className="analysis-count">{items.length}</span>
                </h4>
                <ul className="analysis-list">
                  {items.slice(0, 20).map((item) => (
                    <Item key={item.id} itemKey={`what-if:${key}:${item.id}`} nodeIds={item.nodeIds} title={item.title} reason={item.reason} testId="analysis-whatif-item" />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
