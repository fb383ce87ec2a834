import { useEffect } from 'react';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';

/** What part of the map's viewport the details panel covers, read from the page at request time. */
function coveredInsets(container: HTMLElement): { right: number; bottom: number } {
  const panel = document.querySelector<HTMLElement>('[data-testid="node-panel"]');
  if (!panel) return { right: 0, bottom: 0 };
  const box = container.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  // A panel on the right (desktop) or along the bottom (tablet, phone).
  if (p.height > box.height * 0.7) return { right: Math.max(0, box.right - p.left), bottom: 0 };
  return { right: 0, bottom: Math.max(0, box.bottom - p.top) };
}

/** Glides to nodes chosen outside the canvas, keeps the selected node clear of the panel and keeps the camera in the address. */
export function CameraController() {
  const sigma = useAtlasSigma();
  const { selection, layout, camera: cameraStore } = useAtlas();
  const request = useStore(selection.focusRequest);
  const fitToken = useStore(layout.fitToken);

  useEffect(() => {
    // The camera from a shared link, once per sigma instance.
    const initial = cameraStore.get();
    if (initial) sigma.getCamera().setState(initial);
  }, [sigma, cameraStore]);

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer = 0;
    const updated = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        cameraStore.set({ x, y, ratio });
      }, 300);
    };
    camera.on('updated', updated);
    return () => {
      window.clearTimeout(timer);
      camera.off('updated', updated);
    };
  }, [sigma, cameraStore]);

  useEffect(() => {
    if (!request) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(request.node)) return;
    // From the graph's own x/y: display data may not be re-normalised yet right after a reducer change.
    const attrs = graph.getNodeAttributes(request.node);
    const now = sigma.graphToViewport({ x: attrs.x, y: attrs.y });
    const display = sigma.viewportToFramedGraph(now);
    const container = sigma.getContainer();
    const width = container.clientWidth;
    const height = container.clientHeight;
    const inset = coveredInsets(container);
    const camera = sigma.getCamera();
    const state = camera.getState();
    // The middle of the part of the map the panel leaves visible.
    const free = { x: (width - inset.right) / 2, y: (height - inset.bottom) / 2 };
    const visible = now.x > 40 && now.x < width - inset.right - 40 && now.y > 40 && now.y < height - inset.bottom - 40;
    if (!request.zoom && visible) return;
    const ratio = request.zoom ? Math.min(state.ratio, 0.5) : state.ratio;
    // Camera x/y is the framed-graph point at the viewport's centre: put the node at `free` instead.
    const freeInGraph = sigma.viewportToFramedGraph(free);
    const scale = ratio / state.ratio;
    camera.animate({ x: display.x - (freeInGraph.x - state.x) * scale, y: display.y - (freeInGraph.y - state.y) * scale, ratio }, { duration: 500 });
  }, [sigma, request]);

  useEffect(() => {
    if (fitToken > 0) sigma.getCamera().animatedReset({ duration: 400 });
  }, [sigma, fitToken]);

  return null;
}
