/**
 * Contract of the analysis routes: clusters, gap lists, what-if, health, the printable report.
 * Gap parameters come from the detector registry, so a new detector's parameters are accepted and
 * documented without touching this file.
 */
import { Type, type TSchema } from 'typebox';
import { DEFAULT_PROJECTION_WEIGHTS, DEFAULT_SEED, GAP_DETECTORS, GAP_PARAMETERS } from '../analysis/index.ts';
import { asOfQuery, inMap, needs, NodeId, NoQuery, queryErrors, readErrors } from './common.ts';
import { NodeLabelSchema, TieTypeSchema } from './common.ts';

const WEIGHT_KINDS = Object.keys(DEFAULT_PROJECTION_WEIGHTS);
export const commonAnalysisQuery = {
  resolution: Type.Optional(Type.Number({ minimum: 0.01, maximum: 10, default: 1, description: 'Louvain resolution: above 1 gives more, smaller clusters' })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647, default: DEFAULT_SEED, description: 'Seed of the Louvain random walk; same seed, same clusters' })),
  weights: Type.Optional(Type.String({
    pattern: '^[A-Za-z]+:[0-9]+(\\.[0-9]+)?(,[A-Za-z]+:[0-9]+(\\.[0-9]+)?)*$',
    description: `Override projection weights, e.g. "people:0.5,event:0". Kinds: ${WEIGHT_KINDS.join(', ')}`,
  })),
  ...asOfQuery,
};
/** The app's filters (node kinds, tie kinds, themes, areas, alliances, tiers; the date is `asOf`), named as in its address. */
const idList = (what: string) => Type.Optional(Type.Array(NodeId, { description: `${what} ids: keep what is in any of them (repeat or comma-separate)` }));
export const scopeQuery = {
  types: Type.Optional(Type.Array(NodeLabelSchema, { description: 'Kinds of node to analyse (repeat or comma-separate); default all' })),
  tieTypes: Type.Optional(Type.Array(TieTypeSchema, { description: 'Kinds of tie to analyse (repeat or comma-separate); default all, empty for none' })),
  themes: idList('Theme'),
  areas: idList('Area'),
  alliances: idList('Alliance'),
  tiers: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z][a-z ]{0,39}$' }), { description: 'Alliance membership tiers (core, delivery partner, associate)' })),
};
const analysisQuery = { ...commonAnalysisQuery, ...scopeQuery };

const scopeExample = { description: '14 organisations in Hounslow, the network on 31 Mar 2022, 3 undated ties left out', organisations: 14, nodes: 40, ties: 61, totalNodes: 220, totalTies: 480, closed: 0, undatedTies: 3, undatedNodes: 0, filtered: true };
export const ScopeSummary = Type.Object(
  {
    description: Type.String({ description: 'What was analysed, in words' }),
    organisations: Type.Integer({ description: 'Organisations analysed (shown and open on the day analysed)' }),
    nodes: Type.Integer({ description: 'Nodes the filters leave: what the map shows' }),
    ties: Type.Integer({ description: 'Ties the filters leave' }),
    totalNodes: Type.Integer(), totalTies: Type.Integer(),
    closed: Type.Integer({ description: 'Organisations the filters leave that had closed by the day analysed' }),
    undatedTies: Type.Integer({ description: 'On a date: ties the other filters keep that have no known start, left out (or counted, with undated=include)' }),
    undatedNodes: Type.Integer({ description: 'On a date: nodes whose only ties are undated, left out' }),
    filtered: Type.Boolean(),
  },
  { examples: [scopeExample] },
);

const gapParameters: Record<string, TSchema> = Object.fromEntries(
  Object.values(GAP_PARAMETERS).map((p) => [
    p.name,
    Type.Optional(
      p.type === 'integer'
        ? Type.Integer({ minimum: p.min, maximum: p.max, default: p.default, description: p.description })
        : Type.Number({ minimum: p.min, maximum: p.max, default: p.default, description: p.description }),
    ),
  ]),
);
const only = Type.Optional(Type.String({ pattern: '^[a-z-]+(,[a-z-]+)*$', description: `Comma-separated detector ids: ${GAP_DETECTORS.map((d) => d.id).join(', ')}` }));

const Named = Type.Object({ id: Type.String(), name: Type.String() });
export const ClusterSummary = Type.Object({
  id: Type.String(), keyMember: Type.String(), name: Type.String(), colour: Type.String(), size: Type.Integer(),
  members: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), core: Type.Boolean(), tier: Type.Optional(Type.String()) })),
  themes: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), organisations: Type.Integer(), leads: Type.Integer() })),
  areas: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), organisations: Type.Integer() })),
  coreMembers: Type.Array(Named),
  bridges: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), ties: Type.Integer(), clusters: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), ties: Type.Integer() })) })),
  internalTies: Type.Integer(), externalTies: Type.Integer(), funded: Type.Boolean(),
  shared: Type.Array(Type.Object({ kind: Type.Union([Type.Literal('theme'), Type.Literal('partnership'), Type.Literal('area')]), id: Type.String(), name: Type.String(), organisations: Type.Integer() })),
  holdsTogether: Type.String({ description: 'What holds the cluster together, from the ties among its members' }),
});
export const ClustersAnswer = Type.Object(
  {
    resolution: Type.Number(), seed: Type.Integer(), modularity: Type.Number(),
    weights: Type.Record(Type.String(), Type.Number()),
    clusters: Type.Array(ClusterSummary),
    alone: Type.Array(Named),
    byNode: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()])),
    scope: ScopeSummary,
  },
  {
    examples: [{
      resolution: 1, seed: 42, modularity: 0.41, weights: { connected: 1, funding: 1 },
      clusters: [{
        id: 'cluster-org-a', keyMember: 'org-a', name: 'Youth work', colour: '#1f77b4', size: 2,
        members: [{ id: 'org-a', name: 'Providence House', core: true, tier: 'core' }, { id: 'org-b', name: 'Katherine Low Settlement', core: false }],
        themes: [{ id: 'theme-youth', name: 'Youth work', organisations: 2, leads: 1 }], areas: [], coreMembers: [{ id: 'org-a', name: 'Providence House' }],
        bridges: [], internalTies: 1, externalTies: 0, funded: true,
        shared: [{ kind: 'theme', id: 'theme-youth', name: 'Youth work', organisations: 2 }],
        holdsTogether: '1 working tie inside: 1 reported tie. 2 of 2 work on Youth work.',
      }],
      alone: [{ id: 'org-c', name: 'St Mary le Park' }],
      byNode: { 'org-a': 'cluster-org-a', 'org-b': 'cluster-org-a', 'org-c': null },
      scope: scopeExample,
    }],
  },
);

export const GapItem = Type.Object({
  id: Type.String(), title: Type.String(), reason: Type.String(), nodeIds: Type.Array(Type.String()), score: Type.Number(),
  details: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]))),
});
const gapItemExample = { id: 'org-c', title: 'St Mary le Park', reason: 'No working tie to any other organisation.', nodeIds: ['org-c'], score: 1 };
export const GapList = Type.Object({
  detector: Type.String(), title: Type.String(), description: Type.String(),
  items: Type.Array(GapItem), parameters: Type.Record(Type.String(), Type.Number()),
});
export const GapsAnswer = Type.Object(
  { gaps: Type.Array(GapList), scope: ScopeSummary },
  { examples: [{ gaps: [{ detector: 'isolated', title: 'Isolated organisations', description: 'Organisations with no working tie.', items: [gapItemExample], parameters: {} }], scope: scopeExample }] },
);

export const GapParameter = Type.Object({
  name: Type.String(), label: Type.String(), description: Type.String(),
  type: Type.Union([Type.Literal('integer'), Type.Literal('number')]), default: Type.Number(), min: Type.Number(), max: Type.Number(),
});
export const DetectorsAnswer = Type.Object(
  { detectors: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), description: Type.String(), parameters: Type.Array(GapParameter) })) },
  { examples: [{ detectors: [{ id: 'brokers', title: 'Brokers', description: 'Organisations many others reach each other through.', parameters: [{ name: 'count', label: 'How many', description: 'Brokers to list', type: 'integer', default: 5, min: 1, max: 100 }] }] }] },
);

const Shape = Type.Object({ components: Type.Integer(), largestComponent: Type.Integer(), isolated: Type.Integer() });
export const WhatIfMode = Type.Union([Type.Literal('closes'), Type.Literal('loses-funding')], { default: 'closes' });
export const WhatIfAnswer = Type.Object(
  {
    organisation: Named, mode: WhatIfMode, summary: Type.String(), tiesLost: Type.Integer(), before: Shape, after: Shape,
    isolated: Type.Array(GapItem), lostCoreLink: Type.Array(GapItem), lostThemeLink: Type.Array(GapItem), themes: Type.Array(GapItem), lostFunding: Type.Array(GapItem),
    scope: ScopeSummary,
  },
  {
    examples: [{
      organisation: { id: 'org-a', name: 'Providence House' }, mode: 'closes', summary: 'If Providence House closes, 1 organisation is left without a working tie.',
      tiesLost: 3, before: { components: 1, largestComponent: 3, isolated: 0 }, after: { components: 2, largestComponent: 1, isolated: 1 },
      isolated: [gapItemExample], lostCoreLink: [], lostThemeLink: [], themes: [], lostFunding: [],
      scope: scopeExample,
    }],
  },
);

const healthFigures = {
  organisations: Type.Integer(), ties: Type.Integer(), density: Type.Number(), components: Type.Integer(), largestComponent: Type.Integer(),
  averageDegree: Type.Number(), averageClustering: Type.Number(), transitivity: Type.Number(), modularity: Type.Number(), clusters: Type.Integer(), isolated: Type.Integer(),
};
const healthExample = { organisations: 40, ties: 75, density: 0.096, components: 3, largestComponent: 36, averageDegree: 3.75, averageClustering: 0.31, transitivity: 0.28, modularity: 0.44, clusters: 5, isolated: 2 };
export const HealthSummary = Type.Object(healthFigures, { examples: [healthExample] });
/** The map's freshness figure (analysis/freshness.ts): of the whole map as the caller may see it, today. */
export const FreshnessFigureSchema = Type.Object(
  {
    months: Type.Integer({ description: "The map's freshness age in months" }),
    facts: Type.Integer({ description: 'Nodes and ties that can go out of date (current kinds, not ended)' }),
    confirmed: Type.Integer({ description: 'Of those, confirmed within the age' }),
    stale: Type.Integer({ description: 'Confirmed longer ago than the age' }),
    neverConfirmed: Type.Integer(),
    share: Type.Number({ minimum: 0, maximum: 1, description: 'confirmed / facts (1 when nothing needs confirming)' }),
    words: Type.String({ description: 'The figure in plain words' }),
  },
  { description: "How much of the map was confirmed within its freshness age" },
);
const freshnessExample = { months: 12, facts: 120, confirmed: 90, stale: 20, neverConfirmed: 10, share: 0.75, words: '75% of the facts that can go out of date were confirmed in the last 12 months: 90 of 120 facts. 20 facts last confirmed longer ago, 10 never confirmed.' };
export const HealthAnswer = Type.Object({ ...healthFigures, freshness: FreshnessFigureSchema, scope: ScopeSummary }, { examples: [{ ...healthExample, freshness: freshnessExample, scope: scopeExample }] });

const analysis = { tags: ['analysis'], ...needs('public') } as const;

export const getClusters = {
  ...analysis, operationId: 'getClusters', summary: 'Clusters of the organisation network (Louvain)',
  params: inMap(),
  querystring: Type.Object(analysisQuery, { additionalProperties: false }),
  response: { 200: ClustersAnswer, ...queryErrors },
} as const;

export const listDetectors = {
  ...analysis, operationId: 'listDetectors', summary: 'The gap lists and their parameters',
  querystring: NoQuery,
  response: { 200: DetectorsAnswer, ...queryErrors },
} as const;

export const getGaps = {
  ...analysis, operationId: 'getGaps', summary: 'Every gap list (or those named in `only`), with a one-line reason per item',
  params: inMap(),
  querystring: Type.Object({ ...analysisQuery, ...gapParameters, only }, { additionalProperties: false }),
  response: { 200: GapsAnswer, ...queryErrors },
} as const;

export const getWhatIf = {
  ...analysis, operationId: 'getWhatIf', summary: 'What if an organisation closes or loses its funding',
  params: inMap(),
  querystring: Type.Object({
    remove: NodeId,
    mode: Type.Optional(WhatIfMode),
    maxSteps: gapParameters.maxSteps,
    minActiveOrganisations: gapParameters.minActiveOrganisations,
    weights: commonAnalysisQuery.weights,
    ...asOfQuery,
    ...scopeQuery,
  }, { additionalProperties: false }),
  response: { 200: WhatIfAnswer, ...readErrors },
} as const;

export const getNetworkHealth = {
  ...analysis, operationId: 'getNetworkHealth', summary: 'Network health figures',
  params: inMap(),
  querystring: Type.Object(analysisQuery, { additionalProperties: false }),
  response: { 200: HealthAnswer, ...queryErrors },
} as const;

export const getHealthReport = {
  ...analysis, operationId: 'getHealthReport', summary: 'The one-page printable network health report (HTML)',
  params: inMap(),
  querystring: Type.Object({ ...analysisQuery, ...gapParameters }, { additionalProperties: false }),
  response: {
    200: { description: 'The report as an HTML page', content: { 'text/html': { schema: Type.String({ examples: ['<!doctype html><title>Network health</title>…'] }) } } },
    ...queryErrors,
  },
} as const;
