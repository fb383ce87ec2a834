/**
 * Who is using the app: the service's answer to GET /api/session, kept in one store so the header,
 * the banner and the dialogs agree; the CSRF token goes to the API client as it changes.
 */
import { useSyncExternalStore } from 'react';
import { setCsrfToken } from '../core/api';
import { deleteAllSessions, deleteSession, fetchSession, postSignIn, type SessionState } from './api';

export type Session = SessionState | null;

let current: Session = null;
const listeners = new Set<() => void>();

function set(next: Session): void {
  current = next;
  setCsrfToken(next?.csrfToken ?? null);
  for (const listener of listeners) listener();
}

/** Asks the service who this is (at start, and after sign-in or sign-out). */
export async function refreshSession(): Promise<Session> {
  set(await fetchSession());
  return current;
}

export async function signIn(email: string, password: string): Promise<void> {
  const answer = await postSignIn(email, password);
  setCsrfToken(answer.csrfToken);
  await refreshSession();
}

export async function signOut(everywhere = false): Promise<void> {
  await (everywhere ? deleteAllSessions() : deleteSession());
  await refreshSession();
}

export function useSession(): Session {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
