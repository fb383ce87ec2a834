/**
 * Contract of the node panel's answers (analysis/answers): one node's answers (an organisation's
 * introductions, gaps and what-if; an event's attendees by their tie to the core group) and the
 * ties among several chosen nodes, each on what the map's filters leave, like the analysis routes.
 */
import { Type } from 'typebox';
import { CORE_LINKS } from '../analysis/answers/index.ts';
import { commonAnalysisQuery, GapItem, ScopeSummary, scopeQuery, WhatIfAnswer } from './analysis.ts';
import { inMap, needs, NodeId, NodeLabelSchema, oneOf, readErrors, TieTypeSchema } from './common.ts';

const AnsweredNode = Type.Object({ id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema });
const Named = Type.Object({ id: Type.String(), name: Type.String() });
const CoreLink = oneOf(CORE_LINKS, 'core: a core-group member; tied: a working tie to one; untied: neither');
const LinkCounts = Type.Object({ core: Type.Integer(), tied: Type.Integer(), untied: Type.Integer() });

const SuggestedIntroduction = Type.Object({
  id: Type.String(), name: Type.String(), reason: Type.String(),
  score: Type.Number({ description: 'Adamic–Adar: the more they share that few others do, the larger' }),
  rank: Type.Integer({ minimum: 1, description: "Where the pair comes in the map's whole ranking of introductions" }),
  themes: Type.Array(Type.String()), areas: Type.Array(Type.String()), partners: Type.Array(Type.String()),
});
const GapAppearance = Type.Object({ detector: Type.String(), title: Type.String(), items: Type.Array(GapItem) });
const { scope: _scope, ...whatIfFields } = WhatIfAnswer.properties;
const OrganisationAnswers = Type.Object({
  introductions: Type.Array(SuggestedIntroduction),
  gaps: Type.Array(GapAppearance, { description: 'The gap lists that name it, with only the items that do' }),
  whatIf: Type.Object(whatIfFields, { description: 'What if it closed' }),
});

const Attendee = Type.Object({
  id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema,
  roles: Type.Array(Type.Object({ tieType: TieTypeSchema, wording: Type.String(), verb: Type.String(), role: Type.Optional(Type.String()) })),
  link: CoreLink,
  steps: Type.Integer({ description: 'Working ties to the nearest core-group member; 0 for a member, -1 when none is reached' }),
  coreTies: Type.Array(Named), reason: Type.String(),
});
const EventAnswers = Type.Object({
  attendees: Type.Array(Attendee),
  counts: LinkCounts,
  groups: Type.Array(Type.Object({ tieType: TieTypeSchema, wording: Type.String(), total: Type.Integer(), counts: LinkCounts })),
  roles: Type.Array(Type.Object({ role: Type.String(), count: Type.Integer() })),
  summary: Type.String(),
});

const node = { id: 'org-providence-house', name: 'Providence House', nodeType: 'Organisation' };
export const NodeAnswersSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('organisation'), node: AnsweredNode, organisation: OrganisationAnswers, scope: ScopeSummary }),
    Type.Object({ kind: Type.Literal('event'), node: AnsweredNode, event: EventAnswers, scope: ScopeSummary }),
    Type.Object({ kind: Type.Literal('none'), node: AnsweredNode, scope: ScopeSummary }),
  ],
  {
    description: 'What the panel answers for this kind of node; other kinds have none of their own (kind "none")',
    examples: [{
      kind: 'event', node: { id: 'event-spring', name: 'Spring gathering', nodeType: 'Event' },
      event: {
        attendees: [{ id: 'org-c', name: 'St Mary le Park', nodeType: 'Organisation', roles: [{ tieType: 'ATTENDED', wording: 'Attended by', verb: 'Attended', role: 'presented' }], link: 'untied', steps: -1, coreTies: [], reason: 'No chain of working ties reaches any core-group member.' }],
        counts: { core: 0, tied: 0, untied: 1 }, groups: [{ tieType: 'ATTENDED', wording: 'Attended by', total: 1, counts: { core: 0, tied: 0, untied: 1 } }],
        roles: [{ role: 'presented', count: 1 }], summary: 'At Spring gathering: attended by 1: 1 has no working tie to a core-group member.',
      },
      scope: { description: 'the whole map', organisations: 3, nodes: 5, ties: 4, totalNodes: 5, totalTies: 4, closed: 0, undatedTies: 0, undatedNodes: 0, filtered: false },
    }],
  },
);

const TieBetween = Type.Object({
  a: Type.String(), b: Type.String(),
  recorded: Type.Array(Type.Object({ id: Type.String(), tieType: TieTypeSchema, phrase: Type.String(), from: Type.String(), to: Type.String() })),
  network: Type.Optional(Type.String({ description: 'What joins two organisations in the organisation network' })),
  connected: Type.Boolean({ description: 'A recorded tie or a working tie; false when they only share context (an event, an alliance)' }),
  words: Type.String(),
});
export const TiesAmongSchema = Type.Object(
  {
    nodes: Type.Array(AnsweredNode),
    missing: Type.Array(Type.String({ description: 'On the map but left out by the filters' })),
    ties: Type.Array(TieBetween), alone: Type.Array(AnsweredNode), summary: Type.String(), scope: ScopeSummary,
  },
  {
    examples: [{
      nodes: [node, { id: 'org-b', name: 'Katherine Low Settlement', nodeType: 'Organisation' }], missing: [],
      ties: [{ a: 'org-providence-house', b: 'org-b', recorded: [], network: 'partners in Youth Battersea', connected: true, words: 'working tie: partners in Youth Battersea' }],
      alone: [], summary: '1 pair of the 2 is connected; every one is tied to another.',
      scope: { description: 'the whole map', organisations: 2, nodes: 3, ties: 2, totalNodes: 3, totalTies: 2, closed: 0, undatedTies: 0, undatedNodes: 0, filtered: false },
    }],
  },
);

const answersQuery = { ...commonAnalysisQuery, ...scopeQuery };
const answers = { tags: ['analysis'], ...needs('public') } as const;

export const getNodeAnswers = {
  ...answers, operationId: 'getNodeAnswers', summary: "One node's answers for its panel: an organisation's introductions, gaps and what-if; an event's attendees by their tie to the core group",
  params: inMap({ id: NodeId }),
  querystring: Type.Object({
    ...answersQuery,
    introductions: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 5, description: 'How many introductions to suggest for an organisation' })),
  }, { additionalProperties: false }),
  response: { 200: NodeAnswersSchema, ...readErrors },
} as const;

export const getTiesAmong = {
  ...answers, operationId: 'getTiesAmong', summary: 'The ties among several chosen nodes, and who is connected to none of the others',
  params: inMap(),
  querystring: Type.Object({
    ids: Type.Array(NodeId, { minItems: 1, maxItems: 200, description: 'The chosen node ids (repeat or comma-separate)', examples: [['org-providence-house', 'org-kls']] }),
    ...answersQuery,
  }, { additionalProperties: false }),
  response: { 200: TiesAmongSchema, ...readErrors },
} as const;
