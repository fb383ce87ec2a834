/** A form's submit and cancel buttons; the submit button says when the form is busy. */
export function FormButtons({ label, busyLabel, busy, disabled = busy, onCancel }: { label: string; busyLabel: string; busy: boolean; disabled?: boolean; onCancel: () => void }) {
  return (
    <div className="button-row">
      <button type="submit" className="primary" disabled={disabled}>
        {busy ? busyLabel : label}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
