/** Buttons that choose one of a few values, in the ARIA radio-group pattern (arrow keys aside, as before). */
export function Segmented<T extends string | number>({ label, options, value, onChange, testId, className = '' }: { label: string; options: readonly (readonly [T, string])[]; value: T; onChange: (value: T) => void; testId: (value: T) => string; className?: string }) {
  return (
    <div className={`segmented ${className}`} role="radiogroup" aria-label={label}>
      {options.map(([option, text]) => (
        // biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons with role="radio" and aria-checked is the ARIA radio pattern; tests and styles rely on these buttons
        <button key={option} type="button" role="radio" aria-checked={value === option} className={value === option ? 'on' : ''} onClick={() => onChange(option)} data-testid={testId(option)}>
          {text}
        </button>
      ))}
    </div>
  );
}
