/** Sign in with e-mail and password; the service's message says what went wrong (wrong details, locked, too many tries). */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { FormButtons } from '../components/FormButtons';
import { AtlasError } from '../core/api';
import { FormError } from '../components/FormError';
import { postForgot } from './api';
import { signIn, useSession } from './session';

export function SignInDialog({ onClose }: { onClose: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const sendsMail = useSession()?.sendsMail === true;

  const sendLink = async () => {
    setError(null);
    if (!email) {
      setError('Fill in your e-mail address first: the link goes there.');
      return;
    }
    try {
      await postForgot(email);
      setSent(true);
    } catch (e) {
      setError(e instanceof AtlasError ? e.message : (e as Error).message);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      onClose();
      // What the map shows depends on who is looking: open it again as the signed-in person.
      window.location.reload();
    } catch (e) {
      setError(e instanceof AtlasError ? e.message : (e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title="Sign in" onClose={onClose} busy={busy} testId="sign-in-dialog">
      <form className="account-form" onSubmit={(e) => void submit(e)}>
        <label>
          E-mail
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} data-testid="sign-in-email" />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} data-testid="sign-in-password" />
        </label>
        <FormError message={error} />
        {sendsMail ? (
          <p className="hint" role="status">
            {sent ? (
              `If an account has the address ${email}, a link to set a new password is on its way there. It works once, for 24 hours.`
            ) : (
              <>
                Forgot your password?{' '}
                <button type="button" className="link" onClick={() => void sendLink()} data-testid="forgot-password">
                  E-mail me a reset link
                </button>
              </>
            )}
          </p>
        ) : (
          <p className="hint">Forgot your password? Ask a site admin for a reset link.</p>
        )}
        <FormButtons label="Sign in" busyLabel="Signing in…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
