import { useEffect } from 'react';
import { useSigma } from '../components/sigmaContext';

/** Publishes the test hooks once sigma has drawn the graph for the first time. */
export function ReadyController() {
  const sigma = useSigma();

  useEffect(() => {
    window.atlas = { sigma, graph: sigma.getGraph() };
    let frame = 0;
    const markReady = () => {
      // Wait one more frame so the first picture is on screen, not just computed.
      frame = requestAnimationFrame(() => {
        performance.mark('atlas:first-render');
        document.body.dataset.graphReady = 'true';
      });
    };
    sigma.once('afterRender', markReady);
    // Draw again without reprocessing: the constructor's first render happened before this listener.
    sigma.scheduleRender();
    return () => {
      cancelAnimationFrame(frame);
      sigma.off('afterRender', markReady);
      delete document.body.dataset.graphReady;
      if (window.atlas?.sigma === sigma) delete window.atlas;
    };
  }, [sigma]);

  return null;
}
