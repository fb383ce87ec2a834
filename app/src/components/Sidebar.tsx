import { useId, type KeyboardEvent, type ReactNode } from 'react';

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

/** Tabs for the side panels (ARIA tabs pattern: arrow keys move between tabs). */
export function Sidebar({ tabs, active, onActivate }: Props) {
  const base = useId();
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const index = tabs.findIndex((t) => t.id === current.id);
    const next = tabs[(index + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    onActivate(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };
  return (
    <aside className="sidebar" aria-label="Map controls">
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
        {current.content}
      </div>
    </aside>
  );
}
