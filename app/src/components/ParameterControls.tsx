import { useId } from 'react';
import type { ParameterSpec, ParameterValues } from '../core/appearance';

/** Controls for a registry entry's typed parameters: a slider per number, a select per choice. */
export function ParameterControls({ specs, values, onChange }: { specs: ParameterSpec[]; values: ParameterValues; onChange: (values: ParameterValues) => void }) {
  const base = useId();
  if (specs.length === 0) return null;
  return (
    <div className="parameters">
      {specs.map((spec) => (
        <label key={spec.id} className="parameter" title={spec.help} htmlFor={`${base}-${spec.id}`}>
          <span>{spec.label}</span>
          {spec.kind === 'number' ? (
            <>
              <input id={`${base}-${spec.id}`} type="range" min={spec.min} max={spec.max} step={spec.step} value={Number(values[spec.id] ?? spec.default)} onChange={(e) => onChange({ ...values, [spec.id]: Number(e.target.value) })} />
              <output>{Number(values[spec.id] ?? spec.default)}</output>
            </>
          ) : (
            <select id={`${base}-${spec.id}`} value={String(values[spec.id] ?? spec.default)} onChange={(e) => onChange({ ...values, [spec.id]: e.target.value })}>
              {spec.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </label>
      ))}
    </div>
  );
}
