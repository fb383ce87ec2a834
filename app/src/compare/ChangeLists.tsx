/** What was added (or ended) between the two dates: ties, organisations, members by tier. */
import { plural } from '../analysis/words';
import { TieLine } from './TieLine';
import type { Changes, NodeRef } from './types';

interface Props {
  title: 'Added' | 'Ended';
  kind: 'added' | 'ended';
  changes: Changes;
  onSelect: (id: string) => void;
}

export function ChangeLists({ title, kind, changes, onSelect }: Props) {
  const members = changes.members.reduce((n, m) => n + m.organisations.length, 0);
  const total = changes.ties.length + changes.organisations.length + members;
  return (
    <section className={`compare-changes compare-${kind}`} data-testid={`compare-${kind}`} aria-label={title}>
      <h3>
        {title} <span className="compare-count">{total}</span>
      </h3>
      {total === 0 && <p className="compare-note">Nothing {kind} between these dates.</p>}
      {changes.organisations.length > 0 && (
        <details open>
          <summary data-testid={`compare-${kind}-organisations`}>{plural(changes.organisations.length, 'organisation')}</summary>
          <NodeList nodes={changes.organisations} onSelect={onSelect} />
        </details>
      )}
      {changes.members
        .filter((m) => m.organisations.length > 0)
        .map((m) => (
          <details key={m.tier} open>
            <summary data-testid={`compare-${kind}-tier`}>
              {plural(m.organisations.length, `${m.tier} member`)}
            </summary>
            <NodeList nodes={m.organisations} onSelect={onSelect} />
          </details>
        ))}
      {changes.ties.length > 0 && (
        <details open={changes.ties.length <= 12}>
          <summary data-testid={`compare-${kind}-ties`}>{plural(changes.ties.length, 'tie')}</summary>
          <ul className="compare-list">
            {changes.ties.map((tie) => (
              <TieLine key={tie.id} tie={tie} onSelect={onSelect} testId="compare-tie" />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function NodeList({ nodes, onSelect }: { nodes: NodeRef[]; onSelect: (id: string) => void }) {
  return (
    <ul className="compare-list">
      {nodes.map((n) => (
        <li key={n.id}>
          <button type="button" className="compare-link" onClick={() => onSelect(n.id)}>
            {n.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
