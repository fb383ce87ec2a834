/**
 * Per-node answers for the node panel, pure like the rest of the analysis: an organisation's
 * introductions, gaps and what-if; an event's attendees by their tie to the core group; and the
 * ties among several chosen nodes. Answered on what the map's filters leave (the context's graph).
 */
import type { AnalysisContext } from '../context.ts';
import type { NodeLabel } from '../../model/model.ts';
import { eventAnswers, type EventAnswers } from './event.ts';
import { organisationAnswers, type OrganisationAnswerOptions, type OrganisationAnswers } from './organisation.ts';

export { CORE_LINKS, eventAnswers, type Attendee, type AttendanceRole, type CoreLink, type EventAnswers } from './event.ts';
export { DEFAULT_INTRODUCTIONS, gapsNaming, organisationAnswers, suggestedIntroductions, type GapAppearance, type OrganisationAnswerOptions, type OrganisationAnswers, type SuggestedIntroduction } from './organisation.ts';
export { tiesAmong, type TieBetween, type TiesAmongAnswer } from './selection.ts';

export type NodeAnswers =
  | { kind: 'organisation'; node: AnsweredNode; organisation: OrganisationAnswers }
  | { kind: 'event'; node: AnsweredNode; event: EventAnswers }
  | { kind: 'none'; node: AnsweredNode };

export interface AnsweredNode {
  id: string;
  name: string;
  nodeType: NodeLabel;
}

export class UnknownNodeError extends Error {
  constructor(id: string) {
    super(`No node has the id "${id}".`);
    this.name = 'UnknownNodeError';
  }
}

/** The answers the node's kind has; an organisation that has closed by the day analysed has none of its own. */
export function nodeAnswers(context: AnalysisContext, id: string, options: OrganisationAnswerOptions = {}): NodeAnswers {
  const { data, network } = context;
  if (!data.hasNode(id)) throw new UnknownNodeError(id);
  const node = { id, name: network.facts.name(id), nodeType: data.getNodeAttribute(id, 'nodeType') };
  if (network.facts.isOrganisation.has(id)) return { kind: 'organisation', node, organisation: organisationAnswers(context, id, options) };
  if (node.nodeType === 'Event') return { kind: 'event', node, event: eventAnswers(context, id) };
  return { kind: 'none', node };
}
