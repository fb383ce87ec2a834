/** A <select> over a list of { id, label } options, with an optional empty first choice. */
export function OptionSelect<T extends string>({ id, value, options, onChange, placeholder, testId }: { id: string; value: T | ''; options: readonly { id: T; label: string }[]; onChange: (id: T) => void; placeholder?: string; testId?: string }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
