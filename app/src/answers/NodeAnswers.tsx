/**
 * The node panel's answers slot: an organisation's or an event's own answers from the service
 * (`GET …/nodes/:id/answers`), on the map's current filters and date. Other kinds render nothing.
 */
import { useAtlas, useStore } from '../stores';
import { fetchNodeAnswers } from './api';
import { EventAnswers } from './EventAnswers';
import { OrganisationAnswers } from './OrganisationAnswers';
import { useAnswer } from './useAnswer';
import './answers.css';

const ANSWERED = new Set(['Organisation', 'Event']);

export function NodeAnswers({ nodeId, onSelect }: { nodeId: string; onSelect: (id: string) => void }) {
  const atlas = useAtlas();
  const data = useStore(atlas.data.state);
  const filters = useStore(atlas.filters.filters);
  const nodeType = data.graph.hasNode(nodeId) ? data.graph.getNodeAttribute(nodeId, 'nodeType') : null;
  const asked = nodeType !== null && ANSWERED.has(nodeType);
  const state = useAnswer(asked ? (f, signal) => fetchNodeAnswers(atlas.mapId, nodeId, f, signal) : null, filters, `${atlas.mapId}/${nodeId}/${asked}`);
  if (state.status === 'none') return null;
  if (state.status === 'loading') {
    return (
      <p className="answers-reason" role="status" data-testid="answers-loading">
        Working out what this {nodeType === 'Event' ? 'event' : 'organisation'} can tell you…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="panel-warning" role="status" data-testid="answers-error">
        {state.message}
      </p>
    );
  }
  const { answer } = state;
  if (answer.kind === 'organisation') return <OrganisationAnswers answers={answer.organisation} name={answer.node.name} onSelect={onSelect} />;
  if (answer.kind === 'event') return <EventAnswers answers={answer.event} onSelect={onSelect} />;
  return null;
}
