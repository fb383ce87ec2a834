/** Said instead of adding a tie twice: which tie is already there, with a link to its row in the panel. */
import { duplicateTieWords, tieAnchorId } from '../core/edit';
import type { TieEntity } from '../core/api';
import type { DataGraph } from '../core/graph';

export function DuplicateTieNotice({ existing, data }: { existing: TieEntity; data: DataGraph }) {
  const nameOf = (id: string) => (data.hasNode(id) ? data.getNodeAttribute(id, 'name') : id);
  const show = () => {
    const row = document.getElementById(tieAnchorId(existing.id));
    row?.scrollIntoView({ block: 'center' });
    row?.focus();
  };
  return (
    <div className="panel-warning" role="alert" data-testid="duplicate-tie">
      <p>
        {duplicateTieWords(existing, nameOf)} Nothing was added: change that tie instead, or give this one dates that do not overlap it.
      </p>
      <a href={`#${tieAnchorId(existing.id)}`} onClick={(e) => { e.preventDefault(); show(); }} data-testid="duplicate-tie-link">
        Show the tie already there
      </a>
    </div>
  );
}
