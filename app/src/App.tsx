import { useEffect } from 'react';
import { OpenModeBanner, refreshSession, RESET_PATH, ResetPage } from './account';
import { Status } from './components/StatusPage';
import { HOME_HREF } from './core/route';
import { followLink, useAddress } from './hooks/useAddress';
import { HomePage } from './maps';
import { isEmbed } from './presentation';
import { MapPage } from './views/MapPage';

/** The address decides the page: the opening page (the maps), one map, or nothing here. */
export function App() {
  // Who is using the app (and whether sign-in is needed at all) is asked once, at start.
  useEffect(() => {
    void refreshSession().catch(() => undefined);
  }, []);
  return (
    <>
      {/* Another site's page shows the map alone. */}
      {!isEmbed(window.location.search) && <OpenModeBanner />}
      <Page />
    </>
  );
}

function Page() {
  const { route, visit } = useAddress();
  if (window.location.pathname === RESET_PATH) return <ResetPage />;
  if (route.page === 'home') return <HomePage key={visit} />;
  if (route.page === 'unknown') {
    return (
      <Status kind="error" title="There is nothing at this address">
        <p className="hint">
          Maps live at /maps/&lt;map id&gt;. <a href={HOME_HREF} onClick={(e) => followLink(e)}>See all maps</a>
        </p>
      </Status>
    );
  }
  // Each move (a link, Back, Forward) opens the map afresh from its address.
  return <MapPage key={`${route.map}#${visit}`} map={route.map} />;
}
