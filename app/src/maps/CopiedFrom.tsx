/** On a copied node's panel: the map and node it was copied from, as a link there. */
import { useEffect, useState } from 'react';
import { fetchMap } from '../core/api';
import { copiedFromOf } from '../core/maps';
import { nodeHref } from '../core/route';
import { followLink } from '../hooks/useAddress';

export function CopiedFrom({ value }: { value: unknown }) {
  const from = copiedFromOf(value);
  const fromMap = from?.map ?? null;
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!fromMap) return;
    const controller = new AbortController();
    // The map may since have been deleted or hidden: the link then names it by its id.
    fetchMap(fromMap, controller.signal).then((m) => setTitle(m.title), () => undefined);
    return () => controller.abort();
  }, [fromMap]);
  if (!from) return null;
  return (
    <p className="copied-from" data-testid="copied-from">
      Copied from{' '}
      <a href={nodeHref(from.map, from.node)} onClick={(e) => followLink(e)}>
        {title ?? from.map}
      </a>
    </p>
  );
}
