/**
 * Keyboard focus follows the node panel: to its heading when it opens (one Tab then reaches its
 * controls), to the new heading when a link inside it shows another node, and back to whatever had
 * focus before (a table cell, the search box) when it closes.
 */
import { useEffect, useRef } from 'react';

/** The panel's heading (NodePanel's h2, focusable by script only). */
const PANEL_HEADING = '[data-testid="node-panel"] h2[tabindex="-1"]';

export function usePanelFocus(node: string): void {
  const opener = useRef<HTMLElement | null>(null);
  const opened = useRef(false);

  useEffect(() => {
    const before = document.activeElement;
    opener.current = before instanceof HTMLElement && before !== document.body ? before : null;
    return () => {
      const back = opener.current;
      if (back?.isConnected) back.focus();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `node` is the trigger: another node shown means another heading to focus
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      // Another node shown from elsewhere (the table, the search box) leaves focus where the user is working.
      const lost = !active || active === document.body || !!active.closest('[data-testid="node-panel"]');
      if (first || lost) document.querySelector<HTMLElement>(PANEL_HEADING)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [node]);
}
