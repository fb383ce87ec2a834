import type { ReactNode } from 'react';

interface Props {
  kind: 'loading' | 'error' | 'empty';
  title: string;
  children?: ReactNode;
}

/** Full-area message for loading, failure and an empty atlas. */
export function StatusScreen({ kind, title, children }: Props) {
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {kind === 'loading' && <div className="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** Renders `code` spans in hints written with backticks. */
export function Hint({ text }: { text: string }) {
  return (
    <p className="hint">
      {text.split(/(`[^`]+`)/).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed sentence never reorder
        part.startsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part,
      )}
    </p>
  );
}
