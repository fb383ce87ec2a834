/**
 * A modal dialog on the platform's <dialog>: showModal() makes the rest of the page inert (so Tab
 * stays inside), Escape closes it, focus starts on its first field and goes back to what had it
 * before. `busy` holds it open while a request runs.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

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
