/**
 * Presenting the saved views: the page goes full screen with the map alone, each step shows its
 * view and its text, and Previous / Next (buttons, or the arrow keys, Page Up/Down and Space)
 * step through them; Escape or "End" leaves. Renders nothing while not presenting.
 */
import { useEffect, useRef } from 'react';
import { useAtlas, useStore } from '../stores';
import { applyView, type CameraOwner } from './applyView';
import { presentationOf, stepBy } from './store';
import './presentation.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function PresentationBar({ getSigma }: { getSigma: () => CameraOwner | null }) {
  const atlas = useAtlas();
  const presentation = presentationOf(atlas);
  const step = useStore(presentation.step);
  const views = useStore(presentation.views) ?? [];
  const heading = useRef<HTMLHeadingElement>(null);
  const view = step === null ? undefined : views[step];
  presentation.getSigma = getSigma;

  useEffect(() => {
    if (view) applyView(atlas, view.state, getSigma());
    heading.current?.focus();
  }, [atlas, view, getSigma]);

  const presenting = step !== null;
  useEffect(() => {
    if (!presenting) return;
    document.body.classList.add('presenting');
    // Full screen needs the person's gesture (the Present button); a refusal leaves the page as it is.
    if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    const left = () => {
      if (!document.fullscreenElement) presentation.step.set(null);
    };
    document.addEventListener('fullscreenchange', left);
    return () => {
      document.removeEventListener('fullscreenchange', left);
      document.body.classList.remove('presenting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [presenting, presentation]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
      const at = presentation.step.get();
      if (at === null) return;
      if (NEXT_KEYS.has(event.key)) presentation.step.set(stepBy(at, 1, views.length));
      else if (PREVIOUS_KEYS.has(event.key)) presentation.step.set(stepBy(at, -1, views.length));
      else if (event.key === 'Escape') presentation.step.set(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, presentation, views.length]);

  if (step === null || !view) return null;
  return (
    <section className="presentation-bar" aria-label="Presentation" data-testid="presentation">
      <div className="presentation-words">
        <p className="presentation-count">
          View {step + 1} of {views.length}
        </p>
        {/* The page's one h1 while presenting: the app header that holds the usual h1 is hidden. */}
        <h1 ref={heading} tabIndex={-1} data-testid="presentation-name">
          {view.name}
        </h1>
        {view.text && <p data-testid="presentation-text">{view.text}</p>}
      </div>
      <div className="presentation-buttons">
        <button type="button" className="secondary" onClick={() => presentation.step.set(stepBy(step, -1, views.length))} disabled={step === 0} data-testid="presentation-previous">
          ← Previous
        </button>
        <button type="button" className="primary" onClick={() => presentation.step.set(stepBy(step, 1, views.length))} disabled={step === views.length - 1} data-testid="presentation-next">
          Next →
        </button>
        <button type="button" className="secondary" onClick={() => presentation.step.set(null)} data-testid="presentation-end">
          End
        </button>
      </div>
    </section>
  );
}
