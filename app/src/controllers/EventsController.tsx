import { useRegisterEvents } from '@react-sigma/core';
import { useEffect } from 'react';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas } from '../stores';

/** Turns sigma's pointer events into app state: hover and selection. */
export function EventsController() {
  const sigma = useAtlasSigma();
  const { selection } = useAtlas();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const container = sigma.getContainer();
    const leave = () => {
      container.style.cursor = '';
      selection.hovered.set(null);
    };
    registerEvents({
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        selection.hovered.set(node);
      },
      leaveNode: leave,
      // Sigma keeps its hovered node when the pointer leaves the canvas; without this the layout would stay paused.
      mouseleave: leave,
      clickNode: ({ node }) => selection.click(node),
      clickStage: () => selection.click(null),
    });
  }, [sigma, selection, registerEvents]);

  return null;
}
