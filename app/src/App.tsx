import { Status } from './components/StatusPage';
import { HOME_HREF } from './core/route';
import { followLink, useAddress } from './hooks/useAddress';
import { HomePage } from './maps';
import { MapPage } from './views/MapPage';

/** The address decides the page: the opening page (the maps), one map, or nothing here. */
export function App() {
  const { route, visit } = useAddress();
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
