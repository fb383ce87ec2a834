/** What was added (or ended) between the two dates: ties, organisations, members by tier. */
import { tieWording } from '../core/ties';
import { plural } from '../analysis/words';
import type { Changes, NodeRef, TieChange } from './types';
import { datedWords } from './words';

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
              <TieLine key={tie.id} tie={tie} onSelect={onSelect} />
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

function TieLine({ tie, onSelect }: { tie: TieChange; onSelect: (id: string) => void }) {
  return (
    <li data-testid="compare-tie">
      <button type="button" className="compare-link" onClick={() => onSelect(tie.from.id)}>
        {tie.from.name}
      </button>{' '}
      <span className="compare-phrase">{tieWording(tie.tieType).phrase}</span>{' '}
      <button type="button" className="compare-link" onClick={() => onSelect(tie.to.id)}>
        {tie.to.name}
      </button>
      <span className="compare-meta">
        {datedWords(tie.since, tie.until, tie.dateBasis)}
        {tie.madeAt && <> · made at {tie.madeAt.name}</>}
      </span>
    </li>
  );
}
