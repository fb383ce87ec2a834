/** The node panel's slot for deleting a node and merging an organisation: editors only (the service checks too). */
import { useState } from 'react';
import { useMapAccess } from '../account/mapAccess';
import type { NodeDetails } from '../core/graph';
import { DeleteNodeDialog } from './DeleteNodeDialog';
import { MergeDialog } from './MergeDialog';
import './edit.css';

/** `onChanged`: the panel reads its record again (after a merge it is the survivor's, with new aliases and ties). */
export function NodeActions({ details, onChanged }: { details: NodeDetails | null; onChanged: () => void }) {
  const may = useMapAccess();
  const [open, setOpen] = useState<'delete' | 'merge' | null>(null);
  if (!details || !may.edit) return null;
  return (
    <>
      {details.node.nodeType === 'Organisation' && (
        <button type="button" className="secondary small" onClick={() => setOpen('merge')} data-testid="merge-button">
          Merge…
        </button>
      )}
      <button type="button" className="secondary small danger-outline" onClick={() => setOpen('delete')} data-testid="delete-node">
        Delete…
      </button>
      {open === 'delete' && <DeleteNodeDialog details={details} onClose={() => setOpen(null)} />}
      {open === 'merge' && <MergeDialog details={details} onClose={() => setOpen(null)} onMerged={onChanged} />}
    </>
  );
}
