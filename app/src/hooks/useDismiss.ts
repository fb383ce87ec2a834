/** A menu's dismissal, as menus do: a press outside `root` or Escape calls `onDismiss` while `open`. */
import { type RefObject, useEffect, useRef } from 'react';

export function useDismiss(open: boolean, root: RefObject<HTMLElement | null>, onDismiss: (how: 'outside' | 'escape') => void): void {
  // The latest callback, so a new closure each render does not re-register the listeners.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) dismiss.current('outside');
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismiss.current('escape');
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, root]);
}
