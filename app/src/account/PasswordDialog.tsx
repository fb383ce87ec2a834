/** Change one's password; the service ends one's other sessions and says how many. */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { FormButtons } from '../components/FormButtons';
import { AtlasError } from '../core/api';
import { putPassword } from './api';

export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) {
      setNote({ error: true, text: 'The two new passwords differ.' });
      return;
    }
    setBusy(true);
    try {
      const { ended } = await putPassword(current, next);
      setNote({ error: false, text: `Password changed. ${ended === 1 ? '1 other session was' : `${ended} other sessions were`} signed out.` });
      setCurrent('');
      setNext('');
      setAgain('');
    } catch (e) {
      setNote({ error: true, text: e instanceof AtlasError ? e.message : (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Change password" onClose={onClose} busy={busy} testId="password-dialog">
      <form className="account-form" onSubmit={(e) => void submit(e)}>
        <label>
          Current password
          <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </label>
        <label>
          New password (at least 10 characters)
          <input type="password" autoComplete="new-password" required minLength={10} value={next} onChange={(e) => setNext(e.target.value)} />
        </label>
        <label>
          New password again
          <input type="password" autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
        {note && (
          <p className={note.error ? 'form-error' : 'form-note'} role={note.error ? 'alert' : 'status'}>
            {note.text}
          </p>
        )}
        <FormButtons label="Change password" busyLabel="Changing…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
