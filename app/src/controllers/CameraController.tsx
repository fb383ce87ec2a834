import { useEffect } from 'react';
import { useSigma } from '../components/sigmaContext';

export interface FocusRequest {
  node: string;
  /** Changes on every request so asking twice for the same node moves the camera again. */
  nonce: number;
}

interface Props {
  request: FocusRequest | null;
  /** Bumped by the "Fit" button. */
  fitToken: number;
  /** Pixels covered on the right (the side panel). */
  rightInset: number;
}

/** Glides to a node chosen outside the canvas (search, legend, a tie in the panel). */
export function CameraController({ request, fitToken, rightInset }: Props) {
  const sigma = useSigma();

  useEffect(() => {
    if (!request) return;
    const display = sigma.getNodeDisplayData(request.node);
    if (!display) return;
    // Display data is in graph space; the camera moves in sigma's normalised "framed graph" space.
    const camera = sigma.getCamera();
    const ratio = Math.min(camera.ratio, 0.5);
    const viewport = sigma.graphToViewport(display);
    const target = sigma.viewportToFramedGraph(viewport);
    // Centre the node in the part of the map the side panel leaves visible.
    const shifted = sigma.viewportToFramedGraph({ x: viewport.x + rightInset / 2, y: viewport.y });
    const dx = ((shifted.x - target.x) * ratio) / camera.ratio;
    camera.animate({ x: target.x + dx, y: target.y, ratio }, { duration: 500 });
    // rightInset is read at request time only: opening/closing the panel shouldn't move the camera.
  }, [sigma, request]);

  useEffect(() => {
    if (fitToken > 0) sigma.getCamera().animatedReset({ duration: 400 });
  }, [sigma, fitToken]);

  return null;
}
