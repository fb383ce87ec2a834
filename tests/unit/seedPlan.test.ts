/** The seed's rules for one map, without a database: what it creates, rewrites, keeps and never brings back. */
import { describe, expect, it } from 'vitest';
import type { SeedMapContent, SeedMapState, StoredVersion } from '../../graph-service/src/repositories/seedRepository.ts';
import { ownedBySeed, planSeedMap } from '../../seed/plan.ts';

const node = (id: string, seedHash = `h-${id}`) => ({ label: 'Organisation' as const, props: { map: 'm', id, name: id, seedHash } });
const tie = (from: string, to: string, seedHash = `h-${from}-${to}`) => ({ type: 'CONNECTED_WITH' as const, from, to, props: { map: 'm', id: `CONNECTED_WITH:${from}->${to}`, seedHash } });
const content = (nodes = [node('a'), node('b'), node('c')], ties = [tie('a', 'b')]): SeedMapContent => ({
  record: { id: 'm', title: 'M', description: null, owner: null, seedHash: 'map-hash' }, nodes, ties,
});
const v = (version: number, seedVersion: number | null, seedHash: string | null): StoredVersion => ({ version, seedVersion, seedHash });
function state(overrides: Partial<SeedMapState> = {}): SeedMapState {
  return { record: v(1, 1, 'map-hash'), ledger: { nodeIds: ['a', 'b', 'c'], tieIds: ['CONNECTED_WITH:a->b'] }, nodeCount: 3, nodes: new Map(), ties: new Map(), mergedInto: new Map(), ...overrides };
}

describe('the seed plan for one map', () => {
  it('seeds an empty store whole and remembers every id', () => {
    const { writes } = planSeedMap(content(), state({ record: null, ledger: null, nodeCount: 0 }));
    expect(writes?.record).toBe('create');
    expect(writes?.createNodes.map((n) => n.props.id)).toEqual(['a', 'b', 'c']);
    expect(writes?.createTies).toHaveLength(1);
    expect(writes?.ledger).toEqual({ nodeIds: ['a', 'b', 'c'], tieIds: ['CONNECTED_WITH:a->b'] });
  });

  it('writes nothing when the store has the seed as it is', () => {
    const nodes = new Map(['a', 'b', 'c'].map((id) => [id, v(1, 1, `h-${id}`)]));
    expect(planSeedMap(content(), state({ nodes, ties: new Map([['CONNECTED_WITH:a->b', v(1, 1, 'h-a-b')]]) })).writes).toBeNull();
  });

  it('never brings back what it wrote before and is gone, and leaves out a new tie a merge would turn into a loop', () => {
    const nodes = new Map([['b', v(2, 1, 'h-b')], ['c', v(1, 1, 'h-c')]]);
    const { writes, report } = planSeedMap(content(undefined, [tie('a', 'b'), tie('a', 'c'), tie('b', 'c')]), state({ nodes, mergedInto: new Map([['a', 'c']]) }));
    expect(writes?.createNodes).toEqual([]);
    expect(report.notRestored).toEqual(['a', 'CONNECTED_WITH:a->b']);
    // a → c would join c to itself once a is c: left out. b → c is new and both ends are there.
    expect(report.endGone).toEqual(['CONNECTED_WITH:a->c']);
    expect(writes?.createTies.map((t) => [t.from, t.to])).toEqual([['b', 'c']]);
    expect(report.redrawn).toEqual([]);
  });

  it('rewrites a record whose seed content changed only while its version is the seed\'s, and keeps a user\'s', () => {
    const nodes = new Map([['a', v(1, 1, 'old')], ['b', v(3, 1, 'old')], ['c', v(1, 1, 'h-c')]]);
    const { writes, report } = planSeedMap(content(), state({ nodes, ties: new Map([['CONNECTED_WITH:a->b', v(1, 1, 'h-a-b')]]) }));
    expect(writes?.updateNodes.map((n) => [n.props.id, n.expected])).toEqual([['a', 1]]);
    expect(report.kept).toEqual(['b']);
  });

  it('counts a record from before seed versions as the seed\'s only at version 1, and a record the seed never wrote as not its own', () => {
    expect(ownedBySeed(v(1, null, 'h'))).toBe(true);
    expect(ownedBySeed(v(2, null, 'h'))).toBe(false);
    expect(ownedBySeed(v(1, null, null))).toBe(false);
    expect(ownedBySeed(v(4, 4, 'h'))).toBe(true);
  });

  it('forgets what it wrote before when asked to seed the map afresh', () => {
    const { writes } = planSeedMap(content(), state({ record: null, nodeCount: 0 }), true);
    expect(writes?.createNodes).toHaveLength(3);
  });
});
