/** A small dated alliance whose every change over time is worked out by hand (timeGrowth.test.ts). */
import { MultiDirectedGraph } from 'graphology';
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from '../../../graph-service/src/analysis/index.ts';

/**
 * Core members A and B (since 2016, tied since 2017); A funds G from 2018 to Dec 2021; C and D present
 * at event E (8 Oct 2021) hosted by A; C connects with A in Nov 2021 (made at E), D with C in Feb 2022;
 * D becomes a delivery partner in Jan 2022; F's tie to B has no known start.
 */
export function datedAlliance() {
  const g = new MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  g.addNode('alliance-x', { nodeType: 'Alliance', name: 'X Alliance' });
  for (const id of ['a', 'b', 'c', 'd', 'f', 'g']) g.addNode(`org-${id}`, { nodeType: 'Organisation', name: `Org ${id.toUpperCase()}` });
  g.addNode('event-e', { nodeType: 'Event', name: 'Event E', date: '2021-10-08' });
  const tie = (tieType: string, from: string, to: string, attrs: Record<string, unknown> = {}) =>
    g.addEdgeWithKey(`${tieType}:${from}->${to}`, from, to, { tieType, ...attrs } as AtlasEdgeAttributes);
  tie('MEMBER_OF', 'org-a', 'alliance-x', { tier: 'core', since: '2016' });
  tie('MEMBER_OF', 'org-b', 'alliance-x', { tier: 'core', since: '2016' });
  tie('CONNECTED_WITH', 'org-a', 'org-b', { since: '2017' });
  tie('FUNDS', 'org-a', 'org-g', { since: '2018', until: '2021-12' });
  tie('ATTENDED', 'org-c', 'event-e', { since: '2021-10-08', role: 'presented', dateBasis: 'presented on 8 Oct 2021' });
  tie('ATTENDED', 'org-d', 'event-e', { since: '2021-10-08', role: 'presented; provided the lunch' });
  tie('HOSTED', 'org-a', 'event-e', { since: '2021-10-08' });
  tie('CONNECTED_WITH', 'org-c', 'org-a', { since: '2021-11', madeAt: 'event-e' });
  tie('CONNECTED_WITH', 'org-d', 'org-c', { since: '2022-02' });
  tie('MEMBER_OF', 'org-d', 'alliance-x', { tier: 'delivery partner', since: '2022-01' });
  tie('CONNECTED_WITH', 'org-f', 'org-b');
  return g;
}

