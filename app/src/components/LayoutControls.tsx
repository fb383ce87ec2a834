import type { LayoutStatus } from '../stores';

interface Props {
  status: LayoutStatus;
  onRun: () => void;
  onStop: () => void;
  onReset: () => void;
  onFit: () => void;
}

const WORDS: Record<LayoutStatus, string> = {
  running: 'Arranging the map…',
  paused: 'Paused while you point',
  settled: 'Map settled',
  timeout: 'Map arranged',
  stopped: 'Arranging stopped',
  restored: 'Saved layout restored',
};

export function LayoutControls({ status, onRun, onStop, onReset, onFit }: Props) {
  const active = status === 'running' || status === 'paused';
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
    </fieldset>
  );
}
