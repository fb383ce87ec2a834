/** Said on every page of an Atlas in open mode: anyone who reaches it can edit, and how to stop that. */
import { useSession } from './session';

export function OpenModeBanner() {
  const session = useSession();
  if (session?.mode !== 'open') return null;
  return (
    <aside className="open-mode-banner" aria-label="Who can edit" data-testid="open-mode-banner">
      Anyone who can reach this computer's Atlas can edit. To require sign-in, create an admin: <code>npm run user -- add --admin</code>
    </aside>
  );
}
