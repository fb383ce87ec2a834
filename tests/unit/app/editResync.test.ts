/** After a structural write the map reads one node again: its ties and ends as the service has them, or the node gone; and what a merge will move. */
import { describe, expect, it } from 'vitest';
import { mergePlan, resyncNode } from '../../../app/src/core/edit/index.ts';
import { dataGraphFromJSON, type Tie } from '../../../app/src/core/graph/index.ts';

const org = (key: string, name = key) => ({ key, attributes: { name, nodeType: 'Organisation' as const } });
const tie = (key: string, source: string, target: string) => ({ key, source, target, attributes: { tieType: 'CONNECTED_WITH' as const } });

describe('resyncing one node', () => {
  it('takes in the new ties and ends, drops the ties the service no longer has, and renames', () => {
    const data = dataGraphFromJSON({ nodes: [org('a'), org('b'), org('c')], edges: [tie('ab', 'a', 'b'), tie('bc', 'b', 'c')] });
    const changed = resyncNode(data, 'b', { nodes: [org('b', 'B renamed'), org('c'), org('d')], edges: [tie('bc', 'b', 'c'), tie('bd', 'b', 'd')] });
    expect(changed).toBe(true);
    expect(data.hasEdge('ab')).toBe(false);
    expect(data.hasEdge('bd')).toBe(true);
    expect(data.hasNode('a')).toBe(true);
    expect(data.getNodeAttribute('b', 'label')).toBe('B renamed');
  });

  it('removes a node the service no longer has, once', () => {
    const data = dataGraphFromJSON({ nodes: [org('a'), org('b')], edges: [tie('ab', 'a', 'b')] });
    expect(resyncNode(data, 'b', null)).toBe(true);
    expect(data.hasNode('b')).toBe(false);
    expect(resyncNode(data, 'b', null)).toBe(false);
    expect(data.hasNode('a')).toBe(true);
  });
});

describe('what a merge moves', () => {
  const t = (id: string, other: string, direction: 'out' | 'in' = 'out', tieType: Tie['tieType'] = 'CONNECTED_WITH'): Tie => ({ id, tieType, direction, other: { id: other, name: other, nodeType: 'Organisation' }, properties: {} });

  it('moves ties to new ends, combines those the survivor already has, drops those between the two', () => {
    const plan = mergePlan('s', [t('s1', 'x'), t('s2', 'm')], [t('m1', 'x'), t('m2', 'y'), t('m3', 's', 'in'), t('m4', 'x', 'in')]);
    expect(plan.combined.map((x) => x.id)).toEqual(['m1']);
    expect(plan.moved.map((x) => x.id)).toEqual(['m2', 'm4']);
    expect(plan.dropped.map((x) => x.id)).toEqual(['m3']);
  });
});
