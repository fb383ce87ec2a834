import { useId } from 'react';
import { withDefaults, type ParameterSpec, type ParameterValues } from '../core/appearance';
import { OptionSelect } from './OptionSelect';
import { ParameterControls } from './ParameterControls';

interface Entry<Id extends string> {
  id: Id;
  label: string;
  explanation: string;
  parameters: ParameterSpec[];
}

interface Props<Id extends string> {
  label: string;
  entries: readonly Entry<Id>[];
  value: Id;
  params: ParameterValues;
  /** A new entry starts from its default parameters. */
  onChange: (id: Id, params: ParameterValues) => void;
  testId: string;
}

/** Picks a registry entry (a colouring, a size measure), its parameters, and says what it means. */
export function RegistryPicker<Id extends string>({ label, entries, value, params, onChange, testId }: Props<Id>) {
  const entry = entries.find((e) => e.id === value) ?? entries[0];
  const id = useId();
  return (
    <>
      <label className="field" htmlFor={id}>
        <span className="field-label">{label}</span>
        <OptionSelect id={id} value={value} options={entries} onChange={(id) => onChange(id, {})} testId={testId} />
      </label>
      <ParameterControls specs={entry.parameters} values={withDefaults(entry.parameters, params)} onChange={(p) => onChange(value, p)} />
      <p className="field-note">{entry.explanation}</p>
    </>
  );
}
