/**
 * Contract of the time routes: two dates of one map compared, and its growth trend by quarter or
 * by event, each on what the scope filters leave (as the analysis routes take them).
 */
import { Type } from 'typebox';
import { TREND_BY, type TrendBy } from '../analysis/time/index.ts';
import { commonAnalysisQuery, ScopeSummary, scopeQuery } from './analysis.ts';
import { asOfQuery, DATE_HINT, DATE_PATTERN, inMap, needs, oneOf, queryErrors } from './common.ts';

const dateParameter = (what: string) => Type.String({ pattern: DATE_PATTERN, description: `${what} (${DATE_HINT}; a year or month is read as its first day)`, examples: ['2021-10-07'] });
const { asOf: _asOf, ...withoutAsOf } = commonAnalysisQuery;
const timeQuery = { ...withoutAsOf, undated: asOfQuery.undated, ...scopeQuery };

export const NodeRef = Type.Object({ id: Type.String(), name: Type.String(), nodeType: Type.String() });
export const TieChange = Type.Object({
  id: Type.String(), tieType: Type.String(), from: NodeRef, to: NodeRef,
  since: Type.Optional(Type.String()), until: Type.Optional(Type.String()), dateBasis: Type.Optional(Type.String()),
  madeAt: Type.Optional(NodeRef),
});
export const Changes = Type.Object({
  ties: Type.Array(TieChange),
  organisations: Type.Array(NodeRef),
  members: Type.Array(Type.Object({ tier: Type.String(), organisations: Type.Array(NodeRef) }), { description: 'Alliance memberships that began (or ended), by tier' }),
});
const figuresExample = { date: '2022-03-31', organisations: 42, workingTies: 35, isolated: 4, components: 5, averageDegree: 1.67, clustering: 0.21, bridgingTies: 6, nearCore: 0.62, nearCoreCount: 26, coreMembers: 5, undatedTies: 3 };
export const GrowthFigures = Type.Object(
  {
    date: Type.String({ description: 'The day measured, YYYY-MM-DD' }),
    organisations: Type.Integer(), workingTies: Type.Integer({ description: 'Working ties between organisations' }),
    isolated: Type.Integer({ description: 'Organisations with no working tie' }), components: Type.Integer(),
    averageDegree: Type.Number(), clustering: Type.Number({ description: 'Average local clustering of the working ties' }),
    bridgingTies: Type.Integer({ description: 'Working ties between organisations of different clusters' }),
    nearCore: Type.Number({ minimum: 0, maximum: 1, description: 'Share of organisations within two working ties of a core-group member' }),
    nearCoreCount: Type.Integer(), coreMembers: Type.Integer(),
    undatedTies: Type.Integer({ description: 'Ties with no known start: left out, or counted with undated=include' }),
  },
  { examples: [figuresExample] },
);
const org = { id: 'org-kambala-cares', name: 'Kambala Cares', nodeType: 'Organisation' };
const emptyChanges = { ties: [], organisations: [], members: [] };
export const CompareAnswer = Type.Object(
  { from: Type.String(), to: Type.String(), before: GrowthFigures, after: GrowthFigures, added: Changes, ended: Changes, summary: Type.Array(Type.String()), scope: ScopeSummary },
  {
    examples: [{
      from: '2021-10-07', to: '2022-03-31', before: { ...figuresExample, date: '2021-10-07', organisations: 30 }, after: figuresExample,
      added: { ties: [{ id: 'ATTENDED:org-kambala-cares->event-battersea-together-2021', tieType: 'ATTENDED', from: org, to: { id: 'event-battersea-together-2021', name: 'Battersea Together', nodeType: 'Event' }, since: '2021-10-08', dateBasis: 'presented on 8 Oct 2021' }], organisations: [org], members: [] },
      ended: emptyChanges,
      summary: ['Between 7 Oct 2021 and 31 Mar 2022, organisations went from 30 to 42, working ties went from 20 to 35 and isolated organisations went from 9 to 4.'],
      scope: { description: 'all 42 organisations, the network on 31 Mar 2022, 3 undated ties left out', organisations: 42, nodes: 80, ties: 140, totalNodes: 173, totalTies: 411, closed: 0, undatedTies: 3, undatedNodes: 1, filtered: true },
    }],
  },
);
export const GrowthAnswer = Type.Object(
  {
    by: oneOf<TrendBy>(TREND_BY, 'What each point is: a quarter or an event'),
    points: Type.Array(Type.Object({ label: Type.String(), date: Type.String(), event: Type.Optional(NodeRef), figures: GrowthFigures })),
    summary: Type.Array(Type.String()),
  },
  { examples: [{ by: 'quarter', points: [{ label: '2022 Q1', date: '2022-03-31', figures: figuresExample }], summary: ['Between the end of 2021 Q4 and the end of 2022 Q1, organisations went from 38 to 42, working ties went from 30 to 35 and isolated organisations went from 5 to 4.'] }] },
);

const time = { tags: ['analysis'], ...needs('public') } as const;

export const getCompare = {
  ...time, operationId: 'compareDates', summary: 'The network on two dates: growth figures side by side, what was added and what ended, in words',
  params: inMap(),
  querystring: Type.Object({ from: dateParameter('The earlier date'), to: dateParameter('The later date'), ...timeQuery }, { additionalProperties: false }),
  response: { 200: CompareAnswer, ...queryErrors },
} as const;

export const getGrowth = {
  ...time, operationId: 'getGrowth', summary: 'The growth trend: growth figures at the end of each quarter or on the day of each event',
  params: inMap(),
  querystring: Type.Object({
    by: Type.Optional(Type.Unsafe<TrendBy>(Type.String({ enum: [...TREND_BY], default: 'quarter', description: 'A point per quarter (its last day) or per dated event (its day)' }))),
    from: Type.Optional(dateParameter('Start of the trend')), to: Type.Optional(dateParameter('End of the trend')),
    ...timeQuery,
  }, { additionalProperties: false }),
  response: { 200: GrowthAnswer, ...queryErrors },
} as const;
