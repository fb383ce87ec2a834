/**
 * In a node's panel: when the node is older than the map's freshness age, says so in the rule's
 * words and offers "Still true" (the confirm route); a person's work contact details for callers
 * the service shows them to (the node answer carries `contact` only for members and above).
 */
import { useState } from 'react';
import { AtlasError, type Entity } from '../core/api';
import type { NodeDetails } from '../core/graph';
import { freshnessOn, stalePanelWords, todayOf } from '../../../graph-service/src/model/freshness';
import { useAtlas, useStore } from '../stores';
import { useMapAccess } from '../account/mapAccess';
import { confirmNode } from './api';

export function FreshnessNote({ node, onConfirmed }: { node: NodeDetails['node']; onConfirmed: (entity: Entity) => void }) {
  const atlas = useAtlas();
  const months = useStore(atlas.record).freshnessMonths;
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const may = useMapAccess();
  const words = stalePanelWords(freshnessOn(todayOf(), months)('node', node.nodeType, node), months);
  if (!words && !note) return null;
  async function confirm() {
    setBusy(true);
    try {
      const entity = await confirmNode(atlas.mapId, node.id);
      onConfirmed(entity);
      setNote(`Confirmed as still true${entity.confirmedBy ? ` by ${String(entity.confirmedBy)}` : ''}.`);
    } catch (e) {
      setNote(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="panel-note stale-note" data-testid="stale-note" role="status">
      {words && <p>{words}</p>}
      {words && may.confirm && (
        <button type="button" className="small" disabled={busy} onClick={() => void confirm()} data-testid="still-true">
          Still true
        </button>
      )}
      {note && <p>{note}</p>}
    </div>
  );
}

export function ContactCard({ contact }: { contact: NodeDetails['contact'] }) {
  if (contact === undefined) return null;
  return (
    <dl className="facts contact" data-testid="contact-details">
      <dt>Work e-mail</dt>
      <dd>{contact?.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : 'none kept'}</dd>
      <dt>Work phone</dt>
      <dd>{contact?.phone ? <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> : 'none kept'}</dd>
    </dl>
  );
}
