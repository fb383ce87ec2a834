/**
 * The review queue: the map's facts older than its freshness age, oldest first, each with why it
 * is listed; "My organisations" narrows it to a steward's own. A row opens its node; "Still true"
 * confirms it (the confirm route) and takes it off the list.
 */
import { useEffect, useState } from 'react';
import { AtlasError } from '../core/api';
import { Segmented } from '../components/Segmented';
import { useAtlas } from '../stores';
import { confirmNode, confirmTie, fetchReview, type Review, type ReviewItem } from './api';

const SCOPES = [['map', 'Whole map'], ['mine', 'My organisations']] as const;

export function ReviewQueue() {
  const atlas = useAtlas();
  const [scope, setScope] = useState<'map' | 'mine'>('map');
  const [review, setReview] = useState<Review | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    setReview(null);
    setNote(null);
    fetchReview(atlas.mapId, { steward: scope === 'mine' }, abort.signal).then(setReview, (e: unknown) => {
      if (!abort.signal.aborted) setNote(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
    });
    return () => abort.abort();
  }, [atlas.mapId, scope]);

  async function stillTrue(item: ReviewItem) {
    try {
      if (item.kind === 'node') atlas.data.updateNode(await confirmNode(atlas.mapId, item.id));
      else {
        const tie = await confirmTie(atlas.mapId, item.id);
        atlas.data.removeTie(tie.id);
        atlas.data.addTie(tie);
      }
      setReview((r) => (r ? { ...r, total: r.total - 1, items: r.items.filter((i) => i.id !== item.id) } : r));
      setNote(`"${item.title}" confirmed as still true.`);
    } catch (e) {
      setNote(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
    }
  }

  return (
    <section className="review-queue" data-testid="review-queue" aria-label="Review queue">
      <Segmented label="Whose facts" options={SCOPES} value={scope} onChange={setScope} testId={(s) => `review-scope-${s}`} />
      {review && (
        <p className="muted" data-testid="review-summary">
          {review.total === 0
            ? `Everything here was confirmed in the last ${review.months} months.`
            : `${review.total} fact${review.total === 1 ? '' : 's'} not confirmed in the last ${review.months} months, oldest first.`}
        </p>
      )}
      {note && <p role="status">{note}</p>}
      <ol className="review-items">
        {review?.items.map((item) => (
          <li key={`${item.kind}:${item.id}`} data-testid="review-item" data-id={item.id}>
            <button type="button" className="link" onClick={() => atlas.selection.goTo(item.nodeId)} title={`Open ${item.from?.name ?? item.title}`}>
              {item.title}
            </button>
            <span className="muted"> — {item.reason}</span>{' '}
            <button type="button" className="small" onClick={() => void stillTrue(item)}>
              Still true
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
