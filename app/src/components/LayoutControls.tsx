import { useState } from 'react';
import type { LayoutStatus } from '../stores';

interface Props {
  status: LayoutStatus;
  onRun: () => void;
  onStop: () => void;
  onReset: () => void;
  onFit: () => void;
  /** Stores the positions with the map for everyone; resolves to a sentence for the user. */
  onShare: () => Promise<string>;
  /** Why the layout cannot be saved for everyone (an archived map), or null. */
  shareBlocked: string | null;
}

const WORDS: Record<LayoutStatus, string> = {
  running: 'Arranging the map…',
  paused: 'Paused while you point',
  settled: 'Map settled',
  timeout: 'Map arranged',
  stopped: 'Arranging stopped',
  restored: 'Saved layout restored',
};

export function LayoutControls({ status, onRun, onStop, onReset, onFit, onShare, shareBlocked }: Props) {
  const active = status === 'running' || status === 'paused';
  const [sharing, setSharing] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const share = async () => {
    setSharing(true);
    setNote(await onShare());
    setSharing(false);
  };
  return (
    <fieldset className="layout-controls bare" aria-label="Layout">
      <span className={`layout-status ${active ? 'is-running' : ''}`} role="status">
        {active && <span className="pulse" aria-hidden="true" />}
        {WORDS[status]}
      </span>
      {active ? (
        <button type="button" onClick={onStop}>
          Stop
        </button>
      ) : (
        <button type="button" onClick={onRun} title="Run the force layout again from here">
          Tidy up
        </button>
      )}
      <button type="button" onClick={onReset} title="Forget saved positions and lay the map out from scratch">
        Start over
      </button>
      <button type="button" onClick={onFit} title="Show the whole map">
        Fit
      </button>
      <button type="button" className="layout-share" onClick={() => void share()} disabled={sharing || shareBlocked !== null} title={shareBlocked ?? 'Store these positions with the map: everyone who opens it starts from them'} data-testid="layout-share">
        {sharing ? 'Saving…' : 'Save layout for everyone'}
      </button>
      {note && (
        <p className="field-note layout-note" role="status" data-testid="layout-share-note">
          {note}
        </p>
      )}
    </fieldset>
  );
}
