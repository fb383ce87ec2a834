/** "Still true": says a node or a tie holds as recorded; the service sets today's date and your name. */
import { useState } from 'react';
import { AtlasError, confirmNode, confirmTie } from '../core/api';

interface Props {
  map: string;
  kind: 'node' | 'tie';
  id: string;
  /** What it is about, for the button's accessible name ("Still true: the tie with Caius House"). */
  label: string;
  onConfirmed?: (entity: { lastConfirmed?: unknown; confirmedBy?: unknown; version: number }) => void;
}

export function StillTrue({ map, kind, id, label, onConfirmed }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done'; by: string } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const confirm = async () => {
    setState({ kind: 'busy' });
    try {
      const entity = kind === 'node' ? await confirmNode(map, id) : await confirmTie(map, id);
      setState({ kind: 'done', by: String(entity.confirmedBy ?? '') });
      onConfirmed?.(entity);
    } catch (e) {
      setState({ kind: 'error', message: e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message });
    }
  };
  return (
    <span className="still-true">
      <button type="button" className="secondary small" onClick={() => void confirm()} disabled={state.kind === 'busy'} aria-label={`Still true: ${label}`} data-testid={`still-true-${kind}`}>
        {state.kind === 'busy' ? 'Confirming…' : 'Still true'}
      </button>
      <span role="status" className="field-note">
        {state.kind === 'done' && `Confirmed today by ${state.by}.`}
        {state.kind === 'error' && state.message}
      </span>
    </span>
  );
}
