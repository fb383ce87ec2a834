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
    /** The node a ctrl-click just chose, so the double click it may turn into does not take it out again. */
    let lastToggled: string | null = null;
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
        lastToggled = null;
        if (addsToSelection(event.original as MouseEvent)) {
          lastToggled = node;
          return multi.toggle(node);
        }
        multi.clear();
        selection.click(node);
      },
      // Sigma takes a second click within its double-click time for a double click, even on another
      // node: a quick ctrl-click on the next node still chooses it (and does not zoom).
      doubleClickNode: ({ node, event }) => {
        if (!addsToSelection(event.original as MouseEvent)) return;
        event.preventSigmaDefault();
        if (node !== lastToggled) multiSelectionOf(atlas).toggle(node);
        lastToggled = null;
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
