/** A small alliance network for the app's pure functions: two areas, themes, an alliance with tiers, a person, a funder. */
import { dataGraphFromJSON, type DataGraph, type SerializedGraph } from '../../../app/src/core/graph';

type Node = [id: string, nodeType: string, name: string, extra?: Record<string, unknown>];
type Tie = [source: string, tieType: string, target: string, extra?: Record<string, unknown>];

const NODES: Node[] = [
  ['area-london', 'Area', 'London'],
  ['area-battersea', 'Area', 'Battersea'],
  ['area-hackney', 'Area', 'Hackney'],
  ['theme-youth', 'Theme', 'Youth'],
  ['theme-food', 'Theme', 'Food poverty'],
  ['alliance-b', 'Alliance', 'Battersea Alliance'],
  ['org-providence', 'Organisation', 'Providence House', { aliases: ['Providence'], since: '2001' }],
  ['org-caius', 'Organisation', 'Caius House'],
  ['org-foodbank', 'Organisation', 'Hackney Foodbank', { until: '2019' }],
  ['org-funder', 'Organisation', 'Big Local SW11'],
  ['person-esther', 'Person', 'Esther'],
  ['org-lonely', 'Organisation', 'Lonely Club'],
];

const TIES: Tie[] = [
  ['area-battersea', 'PART_OF', 'area-london'],
  ['area-hackney', 'PART_OF', 'area-london'],
  ['org-providence', 'LOCATED_IN', 'area-battersea'],
  ['org-caius', 'LOCATED_IN', 'area-battersea'],
  ['org-foodbank', 'LOCATED_IN', 'area-hackney'],
  ['org-providence', 'WORKS_ON', 'theme-youth'],
  ['org-caius', 'WORKS_ON', 'theme-youth'],
  ['org-foodbank', 'WORKS_ON', 'theme-food'],
  ['org-providence', 'MEMBER_OF', 'alliance-b', { tier: 'core', since: '2016' }],
  ['org-caius', 'MEMBER_OF', 'alliance-b', { tier: 'delivery partner', since: '2020-06', until: '2022' }],
  ['org-funder', 'FUNDS', 'alliance-b', { amount: 25000 }],
  ['org-funder', 'FUNDS', 'org-providence', { amount: 1000, since: '2021' }],
  ['org-funder', 'FUNDS', 'org-providence', { amount: 2000, since: '2023' }],
  ['person-esther', 'WORKS_FOR', 'org-providence', { role: 'representative' }],
  ['org-caius', 'CONNECTED_WITH', 'org-foodbank', { description: 'share volunteers' }],
];

export function fixtureJSON(): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: NODES.map(([key, nodeType, name, extra]) => ({ key, attributes: { name, label: name, nodeType, version: 1, ...extra } as never })),
    edges: TIES.map(([source, tieType, target, extra], i) => ({ key: `t${i}`, source, target, attributes: { tieType, ...extra } as never })),
  };
}

export function fixture(): DataGraph {
  return dataGraphFromJSON(fixtureJSON());
}

/** The key of the fixture's tie between two nodes of a type (the first one). */
export function tieKey(source: string, tieType: string, target: string): string {
  const i = TIES.findIndex(([s, t, d]) => s === source && t === tieType && d === target);
  if (i < 0) throw new Error(`no tie ${source} ${tieType} ${target}`);
  return `t${i}`;
}
