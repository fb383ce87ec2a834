import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface SidebarTab {
  id: string;
  label: string;
  content: ReactNode;
}

interface Props {
  tabs: SidebarTab[];
  active: string;
  onActivate: (id: string) => void;
}

/** Where the sidebar would cover the map: it starts closed there and opens over the map (styles.css, 700px). */
const NARROW = '(max-width: 700px)';

/**
 * Tabs for the side panels (ARIA tabs pattern: arrow keys move between tabs), behind a button that
 * folds them away so the map can take the whole width.
 */
export function Sidebar({ tabs, active, onActivate }: Props) {
  const base = useId();
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches);
  // A tab chosen from elsewhere (the panel's "Find a path", an event's "Compare") opens the sidebar to show it.
  const [shownTab, setShownTab] = useState(active);
  if (active !== shownTab) {
    setShownTab(active);
    setOpen(true);
  }
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const index = tabs.findIndex((t) => t.id === current.id);
    const next = tabs[(index + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    onActivate(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <button type="button" className="secondary sidebar-toggle" aria-expanded={open} aria-controls={`${base}-sidebar`} onClick={() => setOpen(!open)} data-testid="sidebar-toggle">
        <span aria-hidden="true">{open ? '‹' : '☰'}</span> {open ? 'Hide controls' : 'Controls'}
      </button>
    <aside className="sidebar" id={`${base}-sidebar`} aria-label="Map controls" hidden={!open}>
      <div className="tabs" role="tablist" aria-label="Panels" onKeyDown={onKey}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${base}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onActivate(tab.id)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${current.id}`}>
        {/* The tab's name as the heading its sections' headings sit under. */}
        <h2 className="visually-hidden">{current.label}</h2>
        {current.content}
      </div>
    </aside>
    </>
  );
}
