/** Personal API tokens: create one (its secret is shown this once), see when each was last used, revoke. */
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { AtlasError } from '../core/api';
import { deleteToken, fetchTokens, postToken, type ApiToken } from './api';
import { FormError } from '../components/FormError';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never');

export function TokensDialog({ onClose }: { onClose: () => void }) {
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const failed = (e: unknown) => setError(e instanceof AtlasError ? e.message : (e as Error).message);
  const load = () => fetchTokens().then(setTokens, failed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list is read once per open dialog
  useEffect(() => {
    void load();
  }, []);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const made = await postToken(name);
      setSecret(made.secret);
      setName('');
      await load();
    } catch (e) {
      failed(e);
    }
  };
  const revoke = async (id: string) => {
    try {
      await deleteToken(id);
      await load();
    } catch (e) {
      failed(e);
    }
  };

  return (
    <Dialog title="API tokens" onClose={onClose} testId="tokens-dialog">
      <p className="hint">For scripts and other tools: send a token as “Authorization: Bearer &lt;token&gt;”. It can do what you can.</p>
      <form className="account-form inline" onSubmit={(e) => void create(e)}>
        <label>
          What it is for
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder="Nightly export" data-testid="token-name" />
        </label>
        <button type="submit" className="primary">
          Create token
        </button>
      </form>
      {secret && (
        <div className="token-secret" role="status">
          <p>Copy it now: it is shown only this once.</p>
          <code data-testid="token-secret">{secret}</code>
        </div>
      )}
      <FormError message={error} />
      <ul className="token-list">
        {tokens?.length === 0 && <li className="muted">No tokens yet.</li>}
        {tokens?.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong> <span className="muted">created {when(token.createdAt)}, last used {when(token.lastUsedAt)}</span>
            {token.revokedAt ? (
              <span className="muted"> · revoked {when(token.revokedAt)}</span>
            ) : (
              <button type="button" className="link danger small" onClick={() => void revoke(token.id)}>
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
