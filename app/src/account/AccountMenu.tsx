/**
 * The account corner of the header: "Sign in" when signed out (with accounts), else a menu with
 * one's name: change password, API tokens, the map's members (its admins), sign out here or everywhere.
 */
import { useState } from 'react';
import { AtlasError } from '../core/api';
import { MembersDialog } from './MembersDialog';
import { PasswordDialog } from './PasswordDialog';
import { signOut, useSession } from './session';
import { SignInDialog } from './SignInDialog';
import { TokensDialog } from './TokensDialog';
import './account.css';

type Open = 'sign-in' | 'password' | 'tokens' | 'members' | null;

/** `members`: the open map, when the caller may manage its members. */
export function AccountMenu({ members }: { members?: { map: string; title: string } }) {
  const session = useSession();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  if (!session) return null;
  const close = () => setOpen(null);

  if (!session.account) {
    if (session.mode === 'open') return members ? <MembersButton members={members} open={open} setOpen={setOpen} /> : null;
    return (
      <>
        <button type="button" className="secondary small" onClick={() => setOpen('sign-in')} data-testid="sign-in">
          Sign in
        </button>
        {open === 'sign-in' && <SignInDialog onClose={close} />}
      </>
    );
  }

  const leave = async (everywhere: boolean) => {
    try {
      await signOut(everywhere);
      window.location.reload();
    } catch (e) {
      setError(e instanceof AtlasError ? e.message : (e as Error).message);
    }
  };

  return (
    <details className="account-menu" data-testid="account-menu">
      <summary className="button secondary small" data-testid="account-name">
        {session.account.name}
      </summary>
      <div className="account-menu-items" role="menu">
        <p className="muted">{session.account.email}</p>
        <button type="button" role="menuitem" onClick={() => setOpen('password')}>
          Change password
        </button>
        <button type="button" role="menuitem" onClick={() => setOpen('tokens')}>
          API tokens
        </button>
        {members && (
          <button type="button" role="menuitem" onClick={() => setOpen('members')} data-testid="members-button">
            Members of {members.title}
          </button>
        )}
        <button type="button" role="menuitem" onClick={() => void leave(false)} data-testid="sign-out">
          Sign out
        </button>
        <button type="button" role="menuitem" onClick={() => void leave(true)}>
          Sign out everywhere
        </button>
        {error && <p className="form-error">{error}</p>}
      </div>
      {open === 'password' && <PasswordDialog onClose={close} />}
      {open === 'tokens' && <TokensDialog onClose={close} />}
      {open === 'members' && members && <MembersDialog map={members.map} title={members.title} onClose={close} />}
    </details>
  );
}

function MembersButton({ members, open, setOpen }: { members: { map: string; title: string }; open: Open; setOpen: (open: Open) => void }) {
  return (
    <>
      <button type="button" className="secondary small" onClick={() => setOpen('members')} data-testid="members-button">
        Members
      </button>
      {open === 'members' && <MembersDialog map={members.map} title={members.title} onClose={() => setOpen(null)} />}
    </>
  );
}
