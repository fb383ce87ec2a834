import { useRegisterEvents } from '@react-sigma/core';
import { useEffect } from 'react';
import { addsToSelection, multiSelectionOf } from '../answers';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas } from '../stores';

/** Turns sigma's pointer events into app state: hover and selection. */
export function EventsController() {
  const sigma = useAtlasSigma();
  const atlas = useAtlas();
  const { selection } = atlas;
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
      // Ctrl- or shift-click chooses several; a plain click starts again with one.
      clickNode: ({ node, event }) => {
        const multi = multiSelectionOf(atlas);
        if (addsToSelection(event.original as MouseEvent)) return multi.toggle(node);
        multi.clear();
        selection.click(node);
      },
      clickStage: ({ event }) => {
        if (addsToSelection(event.original as MouseEvent)) return;
        multiSelectionOf(atlas).clear();
        selection.click(null);
      },
    });
  }, [sigma, atlas, selection, registerEvents]);

  return null;
}
