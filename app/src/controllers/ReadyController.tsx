import { useEffect } from 'react';
import { useAtlas } from '../stores';
import { useAtlasSigma } from '../rendering/sigma';

/**
 * Publishes the test hooks once sigma has drawn the graph for the first time: `window.atlas`
 * (renderer and display graph), `data-graph-ready="true"`, `data-atlas-ready="true"` and `data-atlas-map` (the map's id) on <body>.
 */
export function ReadyController() {
  const sigma = useAtlasSigma();
  const atlas = useAtlas();

  useEffect(() => {
    performance.mark('atlas:sigma-created');
    window.atlas = { sigma, graph: sigma.getGraph(), data: atlas.data.state };
    let frame = 0;
    const markReady = () => {
      // Wait one more frame so the first picture is on screen, not just computed.
      frame = requestAnimationFrame(() => {
        performance.mark('atlas:first-render');
        document.body.dataset.graphReady = 'true';
        document.body.dataset.atlasReady = 'true';
        document.body.dataset.atlasMap = atlas.mapId;
      });
    };
    sigma.once('afterRender', markReady);
    // Draw again without reprocessing: the constructor's first render happened before this listener.
    sigma.scheduleRender();
    return () => {
      cancelAnimationFrame(frame);
      sigma.off('afterRender', markReady);
      delete document.body.dataset.graphReady;
      delete document.body.dataset.atlasReady;
      delete document.body.dataset.atlasMap;
      if (window.atlas?.sigma === sigma) delete window.atlas;
    };
  }, [sigma, atlas]);

  return null;
}
