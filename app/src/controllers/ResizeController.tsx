import { useEffect } from 'react';
import { useAtlasSigma } from '../rendering/sigma';

/** Sigma only watches the window; the map also changes size when the header wraps or a panel opens. */
export function ResizeController() {
  const sigma = useAtlasSigma();
  useEffect(() => {
    const observer = new ResizeObserver(() => sigma.resize() && sigma.refresh());
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
