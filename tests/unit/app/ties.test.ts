import { describe, expect, it } from 'vitest';
import { tieEnds, tieOptions } from '../../../app/src/core/ties';

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
