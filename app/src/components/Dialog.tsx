/**
 * A modal dialog on the platform's <dialog>: showModal() makes the rest of the page inert, Tab and
 * Shift+Tab wrap round inside it (the platform would let focus leave for the browser's own
 * controls), Escape closes it, focus starts on its first field and goes back to what had it
 * before. `busy` holds it open while a request runs.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** What Tab can reach inside the dialog, in order: enabled, shown, not taken out of the order. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.matches(':disabled, [tabindex="-1"], [type="hidden"]') && el.getClientRects().length > 0);
}

/** Tab from the last stop goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab') return;
  const stops = tabStops(e.currentTarget);
  if (stops.length === 0) return;
  const [first, last] = [stops[0], stops[stops.length - 1]];
  const at = document.activeElement;
  const leaving = e.shiftKey ? at === first || !e.currentTarget.contains(at) : at === last || !e.currentTarget.contains(at);
  if (!leaving) return;
  e.preventDefault();
  (e.shiftKey ? last : first).focus();
}

interface Props {
  title: string;
  onClose: () => void;
  busy?: boolean;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Dialog({ title, onClose, busy = false, children, className = '', testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef({ onClose, busy });
  closeRef.current = { onClose, busy };

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The first field, not the close button, is where a form dialog's work starts.
      dialog.querySelector<HTMLElement>('.dialog-box > :not(.dialog-head) :is(input, select, textarea):not(:disabled)')?.focus();
    }
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const requestClose = () => {
    if (!closeRef.current.busy) closeRef.current.onClose();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={keepTabInside}
      onCancel={(e) => {
        // Escape: React decides whether it closes, so the dialog never closes behind its state.
        e.preventDefault();
        requestClose();
      }}
      onPointerDown={(e) => {
        // A press on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) requestClose();
      }}
    >
      <div className="dialog-box">
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={requestClose} disabled={busy}>
            ×
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
