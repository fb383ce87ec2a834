import { useEffect, useRef } from 'react';
import { useSigma } from '../components/sigmaContext';

interface Props {
  onHover: (node: string | null) => void;
  onSelect: (node: string | null) => void;
}

/** Turns sigma's pointer events into app state. */
export function EventsController({ onHover, onSelect }: Props) {
  const sigma = useSigma();
  // Refs keep the listeners bound once while the callbacks change.
  const handlers = useRef({ onHover, onSelect });
  handlers.current = { onHover, onSelect };

  useEffect(() => {
    const container = sigma.getContainer();
    const enter = ({ node }: { node: string }) => {
      container.style.cursor = 'pointer';
      handlers.current.onHover(node);
    };
    const leave = () => {
      container.style.cursor = '';
      handlers.current.onHover(null);
    };
    const click = ({ node }: { node: string }) => handlers.current.onSelect(node);
    const clickStage = () => handlers.current.onSelect(null);
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    sigma.on('clickNode', click);
    sigma.on('clickStage', clickStage);
    // Sigma keeps its hovered node when the pointer leaves the canvas; without this the layout would stay paused.
    container.addEventListener('mouseleave', leave);
    return () => {
      container.removeEventListener('mouseleave', leave);
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
      sigma.off('clickNode', click);
      sigma.off('clickStage', clickStage);
    };
  }, [sigma]);

  return null;
}
