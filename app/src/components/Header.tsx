import { type ReactNode, useId, useRef, useState } from 'react';
import { AccountMenu } from '../account';
import { useDismiss } from '../hooks/useDismiss';
import { HOME_HREF } from '../core/route';
import { followLink } from '../hooks/useAddress';
import type { GraphCounts } from '../core/graph/utils';
import { plural } from '../core/graph/utils';

interface Props {
  counts: GraphCounts | null;
  /** What the filters leave visible; null when nothing is filtered. */
  visible?: { nodes: number; ties: number } | null;
  /** The map menu, beside the name. */
  switcher?: ReactNode;
  /** Always in view (the search box). */
  tools?: ReactNode;
  /** Secondary actions: in the row on a wide screen, behind "More" on a phone. */
  children?: ReactNode;
  /** The account corner; by default the menu without a map's members. */
  account?: ReactNode;
}

export function Header({ counts, visible = null, switcher, tools, children, account = <AccountMenu /> }: Props) {
  const [more, setMore] = useState(false);
  const moreRef = useRef<HTMLDivElement>(null);
  const moreId = useId();
  // A dialog opened from the menu lives inside it: the menu stays open under the dialog until it closes.
  useDismiss(more, moreRef, () => {
    if (!moreRef.current?.querySelector('dialog[open]')) setMore(false);
  });
  return (
    <header className="header">
      <a className="brand" href={HOME_HREF} onClick={(e) => followLink(e)} title="All maps">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <line x1="8" y1="10" x2="22" y2="7" />
          <line x1="8" y1="10" x2="16" y2="23" />
          <line x1="22" y1="7" x2="16" y2="23" />
          <line x1="16" y1="23" x2="26" y2="24" />
          <circle cx="8" cy="10" r="4" fill="#7fb3e6" />
          <circle cx="22" cy="7" r="3" fill="#f6a96b" />
          <circle cx="16" cy="23" r="5" fill="#8fd19e" />
          <circle cx="26" cy="24" r="2.5" fill="#c3a6e6" />
        </svg>
        <h1>Alliance Atlas</h1>
      </a>
      <div className="header-map">
        {switcher}
        {counts && (
          <p className="counts" data-testid="graph-counts">
            {visible ? (
              <>
                <strong>Showing</strong> {visible.nodes.toLocaleString('en-GB')} of {counts.nodes.toLocaleString('en-GB')} nodes
                <Dot />
                {visible.ties.toLocaleString('en-GB')} of {counts.ties.toLocaleString('en-GB')} ties
              </>
            ) : (
              <>
                {plural(counts.byType.Organisation, 'organisation', 'organisations')}
                <Dot />
                {plural(counts.byType.Person, 'person', 'people')}
                <Dot />
                <span className="muted">
                  {counts.nodes.toLocaleString('en-GB')} nodes · {counts.ties.toLocaleString('en-GB')} ties
                </span>
              </>
            )}
          </p>
        )}
      </div>
      <div className="header-tools" ref={moreRef}>
        {tools}
        <button type="button" className="secondary header-more-button" aria-expanded={more} aria-controls={moreId} onClick={() => setMore(!more)} data-testid="header-more">
          More <span aria-hidden="true">▾</span>
        </button>
        <div id={moreId} className={`header-more${more ? ' open' : ''}`}>
          {children}
          {account}
        </div>
      </div>
    </header>
  );
}

/** A separator that is also real text, so the counts read (and match) as "… people · 173 nodes". */
function Dot() {
  return <span className="sep"> · </span>;
}
