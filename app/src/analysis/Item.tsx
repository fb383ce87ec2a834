import type { ReactNode } from 'react';
import { usePointer } from './highlight';

interface Props {
  itemKey: string;
  nodeIds: string[];
  /**
   * The node to select; the first of nodeIds by default; null selects nothing. (Selecting focuses
   * the map on that node's neighbourhood, which would hide most of a cluster's highlight.)
   */
  select?: string | null;
  title: ReactNode;
  reason?: ReactNode;
  colour?: string;
  badge?: ReactNode;
  testId?: string;
}

/** One list entry: a title, a one-line reason, and the nodes it highlights and selects on the map. */
export function Item({ itemKey, nodeIds, select, title, reason, colour, badge, testId = 'analysis-item' }: Props) {
  const pointer = usePointer();
  const pinned = pointer.pinnedKey === itemKey;
  return (
    <li>
      <button
        type="button"
        className={`analysis-item${pinned ? ' analysis-item-pinned' : ''}`}
        aria-pressed={pinned}
        data-testid={testId}
        data-node-ids={nodeIds.join(' ')}
        onMouseEnter={() => pointer.preview(nodeIds)}
        onMouseLeave={() => pointer.preview(null)}
        onFocus={() => pointer.preview(nodeIds)}
        onBlur={() => pointer.preview(null)}
        onClick={() => pointer.choose(itemKey, nodeIds, select === undefined ? nodeIds[0] : (select ?? undefined))}
      >
        <span className="analysis-item-title">
          {colour && <span className="analysis-dot" style={{ background: colour }} aria-hidden="true" />}
          <span className="analysis-item-name">{title}</span>
          {badge !== undefined && <span className="analysis-badge">{badge}</span>}
        </span>
        {reason && <span className="analysis-reason">{reason}</span>}
      </button>
    </li>
  );
}

/** A list that shows the first few items and a button for the rest. */
export function ShortList({ children, total, shown, onMore, what }: { children: ReactNode; total: number; shown: number; onMore: () => void; what: string }) {
  return (
    <>
      <ul className="analysis-list">{children}</ul>
      {total > shown && (
        <button type="button" className="analysis-more" onClick={onMore}>
          Show all {total} {what}
        </button>
      )}
    </>
  );
}
