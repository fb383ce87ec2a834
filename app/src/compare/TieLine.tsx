/** One tie as a line of words: "A works with B · since Oct 2021 · made at X", each end a link to its node. */
import { tieWording } from '../core/ties';
import type { PropertyValue } from '../core/graph';
import { datedWords } from './words';

export interface TieLineTie {
  tieType: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  since?: PropertyValue;
  until?: PropertyValue;
  dateBasis?: PropertyValue;
  madeAt?: { name: string } | null;
}

export function TieLine({ tie, onSelect, testId }: { tie: TieLineTie; onSelect: (id: string) => void; testId?: string }) {
  return (
    <li data-testid={testId}>
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
