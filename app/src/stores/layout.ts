/**
 * Whether ForceAtlas2 should run and what it reports. The status is published on the page for
 * tests and the bench: `data-layout` on <body> carries it as is, `data-atlas-layout` says only
 * "running" (still moving, or paused under the pointer) or "settled" (positions final for now).
 */
import { store } from './store';

export type LayoutStatus = 'running' | 'paused' | 'settled' | 'timeout' | 'stopped' | 'restored';

export interface LayoutRun {
  /** Whether the user/app wants the layout running. */
  running: boolean;
  /** A new id starts a fresh run (fresh time budget and convergence count). */
  runId: number;
  /** Set with a new runId to scatter nodes and forget saved positions first. */
  reset: boolean;
}

const FINISHED: LayoutStatus[] = ['settled', 'timeout'];
const MOVING: LayoutStatus[] = ['running', 'paused'];

function publish(status: LayoutStatus): void {
  document.body.dataset.layout = status;
  document.body.dataset.atlasLayout = MOVING.includes(status) ? 'running' : 'settled';
  if (FINISHED.includes(status)) performance.mark('atlas:layout-done');
}

/** `needsRun`: some nodes have no saved position, so the layout starts at once. */
export function createLayoutStore(needsRun: boolean) {
  const run = store<LayoutRun>({ running: needsRun, runId: 0, reset: false });
  const status = store<LayoutStatus>(needsRun ? 'running' : 'restored');
  /** Bumped by the "Fit" button. */
  const fitToken = store(0);
  const fresh = (reset: boolean) => run.update((r) => ({ running: true, runId: r.runId + 1, reset }));
  return {
    run,
    status,
    fitToken,
    /** Publishes the first status; returns a stop function that takes it off the page. */
    start(): () => void {
      publish(status.get());
      const off = status.subscribe(() => publish(status.get()));
      return () => {
        off();
        delete document.body.dataset.layout;
        delete document.body.dataset.atlasLayout;
      };
    },
    report(next: LayoutStatus) {
      status.set(next);
      if (FINISHED.includes(next)) run.update((r) => ({ ...r, running: false }));
    },
    /** "Tidy up", and new nodes from an expansion: run again from where things are. */
    again: () => fresh(false),
    startOver: () => fresh(true),
    stop: () => run.update((r) => ({ ...r, running: false })),
    fit: () => fitToken.update((n) => n + 1),
  };
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;
