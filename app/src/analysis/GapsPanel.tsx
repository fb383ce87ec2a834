import { useState } from 'react';
import { checkGapParameter, type GapDetector, type GapList, type GapParameter } from '../../../graph-service/src/analysis/index.ts';
import { Item, ShortList } from './Item';

interface Props {
  detectors: readonly GapDetector[];
  gaps: GapList[];
  parameters: Record<string, number>;
  onParameter: (name: string, value: number) => void;
}

/** One collapsible list per gap detector, built from the registry: title, count, parameters, items. */
export function GapsPanel({ detectors, gaps, parameters, onParameter }: Props) {
  const byId = new Map(gaps.map((g) => [g.detector, g]));
  return (
    <section className="analysis-section" aria-labelledby="analysis-gaps-heading" data-testid="analysis-gaps">
      <h3 id="analysis-gaps-heading">Gaps</h3>
      <p className="analysis-note">Where the network is thin. Each line says why; click one to see it on the map.</p>
      {detectors.map((d) => {
        const list = byId.get(d.id);
        return list ? <GapSection key={d.id} detector={d} list={list} parameters={parameters} onParameter={onParameter} /> : null;
      })}
    </section>
  );
}

function GapSection({ detector, list, parameters, onParameter }: { detector: GapDetector; list: GapList; parameters: Record<string, number>; onParameter: Props['onParameter'] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? list.items.slice(0, 500) : list.items.slice(0, 5);
  return (
    <details className="analysis-gap" data-testid={`analysis-gap-${detector.id}`}>
      <summary>
        <span className="analysis-gap-title">{detector.title}</span>
        <span className={`analysis-count${list.items.length === 0 ? ' analysis-count-zero' : ''}`} data-testid="analysis-gap-count">
          {list.items.length}
        </span>
      </summary>
      <p className="analysis-note">{detector.description}</p>
      {detector.parameters.map((p) => (
        <ParameterInput key={p.name} spec={p} value={parameters[p.name] ?? p.default} onChange={(v) => onParameter(p.name, v)} />
      ))}
      {list.items.length === 0 ? (
        <p className="analysis-empty">None found.</p>
      ) : (
        <ShortList total={Math.min(list.items.length, 500)} shown={shown.length} onMore={() => setShowAll(true)} what="">
          {shown.map((item) => (
            <Item key={item.id} itemKey={`${detector.id}:${item.id}`} nodeIds={item.nodeIds} title={item.title} reason={item.reason} testId="analysis-gap-item" />
          ))}
        </ShortList>
      )}
    </details>
  );
}

function ParameterInput({ spec, value, onChange }: { spec: GapParameter; value: number; onChange: (v: number) => void }) {
  const [text, setText] = useState(String(value));
  const problem = checkGapParameter(spec.name, Number(text));
  return (
    <label className="analysis-control" title={spec.description}>
      <span>{spec.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={spec.min}
        max={spec.max}
        step={spec.type === 'integer' ? 1 : 'any'}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `analysis-param-${spec.name}-error` : undefined}
        data-testid={`analysis-param-${spec.name}`}
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value !== '' && checkGapParameter(spec.name, next) === null) onChange(next);
        }}
      />
      {problem && text !== '' && (
        <span className="analysis-error" id={`analysis-param-${spec.name}-error`}>
          {problem.replace(spec.name, spec.label)}
        </span>
      )}
    </label>
  );
}
