import { describe, expect, it } from 'vitest';
import { addTie, mergeInto, removeTie, updateNode } from '../../../app/src/core/graph';
import { createDataStore } from '../../../app/src/stores/data';
import { fixture } from './fixture';

/** Every node's attribute object and every tie, by identity: what an edit must leave alone. */
function snapshot(graph: ReturnType<typeof fixture>) {
  return { nodes: new Map(graph.mapNodes((n, attrs) => [n, attrs])), edges: new Map(graph.mapEdges((e, attrs) => [e, attrs])) };
}

describe('an edit changes one node of the data graph in place', () => {
  it('keeps the same graph object and changes only that node', () => {
    const graph = fixture();
    const data = createDataStore(graph);
    const before = snapshot(graph);
    const first = data.state.get();

    data.updateNode({ id: 'org-caius', nodeType: 'Organisation', name: 'Caius House Trust', version: 2 });

    const after = data.state.get();
    expect(after.graph).toBe(graph);
    expect(after.version).toBe(first.version + 1);
    expect(after).not.toBe(first);
    expect(graph.getNodeAttributes('org-caius')).toMatchObject({ name: 'Caius House Trust', label: 'Caius House Trust', nodeType: 'Organisation', version: 2 });
    for (const [node, attrs] of before.nodes) if (node !== 'org-caius') expect(graph.getNodeAttributes(node)).toBe(attrs);
    for (const [edge, attrs] of before.edges) expect(graph.getEdgeAttributes(edge)).toBe(attrs);
  });

  it('drops a property the edit cleared and keeps the node type', () => {
    const graph = fixture();
    expect(updateNode(graph, { id: 'org-providence', name: 'Providence House', nodeType: 'Theme' })).toBe(true);
    expect(graph.getNodeAttribute('org-providence', 'since')).toBeUndefined();
    expect(graph.getNodeAttribute('org-providence', 'nodeType')).toBe('Organisation');
    expect(updateNode(graph, { id: 'nowhere', name: 'X' })).toBe(false);
  });

  it('adds and removes ties in place, and a change that changes nothing bumps no version', () => {
    const graph = fixture();
    const data = createDataStore(graph);
    const seen: number[] = [];
    data.state.subscribe(() => seen.push(data.state.get().version));
    data.addTie({ id: 'new', tieType: 'CONNECTED_WITH', from: 'org-lonely', to: 'org-caius', version: 1 });
    expect(graph.source('new')).toBe('org-lonely');
    data.addTie({ id: 'x', tieType: 'FUNDS', from: 'nowhere', to: 'org-caius', version: 1 });
    data.removeTie('new');
    data.removeTie('new');
    expect(graph.hasEdge('new')).toBe(false);
    expect(data.state.get().graph).toBe(graph);
    expect(seen).toEqual([1, 2]);
    expect(addTie(graph, { id: 'y', tieType: 'FUNDS', from: 'org-funder', to: 'nowhere' })).toBe(false);
    expect(removeTie(graph, 'y')).toBe(false);
  });

  it('takes an expansion into the same graph; known nodes keep their attributes', () => {
    const graph = fixture();
    const data = createDataStore(graph);
    const merged = data.expand({
      nodes: [{ key: 'org-providence', attributes: { name: 'Ignored', nodeType: 'Organisation' } }, { key: 'org-z', attributes: { name: 'Z', nodeType: 'Organisation' } }],
      edges: [{ key: 'tz', source: 'org-z', target: 'org-providence', attributes: { tieType: 'CONNECTED_WITH' } }],
    });
    expect(merged).toEqual({ addedNodes: ['org-z'], addedTies: ['tz'] });
    expect(data.state.get()).toMatchObject({ graph, version: 1 });
    expect(graph.getNodeAttribute('org-providence', 'name')).toBe('Providence House');
    expect(mergeInto(graph, { nodes: [], edges: [{ key: 'tz', source: 'org-z', target: 'org-providence' }] })).toEqual({ addedNodes: [], addedTies: [] });
  });
});
