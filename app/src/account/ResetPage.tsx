/** /reset#<secret>: the page a reset link opens; sets a new password once, then offers to sign in. */
import { useState, type FormEvent } from 'react';
import { Status } from '../components/StatusPage';
import { AtlasError } from '../core/api';
import { HOME_HREF } from '../core/route';
import { postReset } from './api';
import './account.css';
import { FormError } from '../components/FormError';

export const RESET_PATH = '/reset';

export function ResetPage() {
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== again) {
      setError('The two passwords differ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setDone((await postReset(token, password)).email);
      // The secret has done its work; it should not stay in the address bar or the history.
      window.history.replaceState(null, '', RESET_PATH);
    } catch (e) {
      setError(e instanceof AtlasError ? e.message : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Status kind="empty" title="Your password is set">
        <p className="hint">
          Sign in as {done} with it. <a href={HOME_HREF}>Open the Atlas</a>
        </p>
      </Status>
    );
  }
  return (
    <Status kind="empty" title="Set a new password">
      <form className="account-form" onSubmit={(e) => void submit(e)}>
        <label>
          New password (at least 10 characters)
          <input type="password" autoComplete="new-password" required minLength={10} value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <label>
          Again
          <input type="password" autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
        {!token && <p className="form-error">This address has no reset secret: open the whole link you were given.</p>}
        <FormError message={error} />
        <button type="submit" className="primary" disabled={busy || !token}>
          {busy ? 'Setting…' : 'Set password'}
        </button>
      </form>
    </Status>
  );
}
