import { useEffect, type MutableRefObject } from 'react';
import { useSigma, type AtlasSigma } from '../components/sigmaContext';

/** Hands the sigma instance to code outside the canvas (picture export) through a ref. */
export function SigmaHandleController({ handle }: { handle: MutableRefObject<AtlasSigma | null> }) {
  const sigma = useSigma();
  useEffect(() => {
    handle.current = sigma;
    return () => {
      if (handle.current === sigma) handle.current = null;
    };
  }, [sigma, handle]);
  return null;
}
