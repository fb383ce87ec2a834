/**
 * The page's address as the app reads it. Moving to another map or the opening page adds a
 * history entry (so Back and Forward move between maps); the view state within a map replaces
 * its entry as now (stores/navigation.ts), so it never re-renders from here.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import { parseRoute, type Route } from '../core/route';

const NAVIGATED = 'atlas:navigated';

export interface Address {
  route: Route;
  /** Counts moves (links, Back, Forward): each move opens its page afresh. */
  visit: number;
}

/** Goes to an address inside the app without reloading the page. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** A plain left click on an app link navigates in place; a middle click or Ctrl-click still opens a tab. */
export function followLink(event: MouseEvent<HTMLAnchorElement>, after?: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
  after?.();
}

export function useAddress(): Address {
  const [address, setAddress] = useState<Address>(() => ({ route: parseRoute(window.location.pathname), visit: 0 }));
  useEffect(() => {
    const moved = () => setAddress((previous) => ({ route: parseRoute(window.location.pathname), visit: previous.visit + 1 }));
    window.addEventListener('popstate', moved);
    window.addEventListener(NAVIGATED, moved);
    return () => {
      window.removeEventListener('popstate', moved);
      window.removeEventListener(NAVIGATED, moved);
    };
  }, []);
  return address;
}
