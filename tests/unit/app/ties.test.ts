import { describe, expect, it } from 'vitest';
import { withTieAdded, withTieRemoved } from '../../../app/src/core/graph';
import { tieEnds, tieOptions } from '../../../app/src/core/ties';
import { fixture } from './fixture';

describe('ties a node may have', () => {
  it('offers only what the model allows, worded from the node\'s side', () => {
    const org = tieOptions('Organisation');
    expect(org.find((o) => o.key === 'MEMBER_OF:out')).toMatchObject({ label: 'Member of', otherTypes: ['Alliance'] });
    expect(org.find((o) => o.key === 'FUNDS:in')).toMatchObject({ label: 'Funded by', otherTypes: ['Organisation'] });
    expect(org.some((o) => o.tieType === 'ABOUT')).toBe(false);
    // "Connected with" reads the same both ways, so it is offered once.
    expect(org.filter((o) => o.tieType === 'CONNECTED_WITH')).toHaveLength(1);
    expect(tieOptions('Alliance').map((o) => o.key)).toContain('MEMBER_OF:in');
  });

  it('puts the node at the right end', () => {
    const hasMember = tieOptions('Alliance').find((o) => o.key === 'MEMBER_OF:in')!;
    expect(tieEnds(hasMember, 'alliance-b', 'org-x')).toEqual({ from: 'org-x', to: 'alliance-b' });
  });
});

describe('tie changes make new graphs', () => {
  it('adds and removes a tie in a copy', () => {
    const data = fixture();
    const added = withTieAdded(data, { id: 'new', tieType: 'CONNECTED_WITH', from: 'org-lonely', to: 'org-caius', version: 1 });
    expect(added.hasEdge('new')).toBe(true);
    expect(added.source('new')).toBe('org-lonely');
    expect(data.hasEdge('new')).toBe(false);
    const removed = withTieRemoved(added, 'new');
    expect(removed.hasEdge('new')).toBe(false);
    expect(added.hasEdge('new')).toBe(true);
    expect(withTieAdded(data, { id: 'x', tieType: 'FUNDS', from: 'nowhere', to: 'org-caius' })).toBe(data);
  });
});
