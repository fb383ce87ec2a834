import { describe, expect, it } from 'vitest';
import { DEFAULT_NAV, parseNavState, serialiseNavState, type NavState } from '../../../app/src/core/navState';

describe('view state in the address', () => {
  it('leaves defaults out, so the plain map has a plain address', () => {
    expect(serialiseNavState(DEFAULT_NAV)).toBe('');
    expect(parseNavState('')).toEqual(DEFAULT_NAV);
  });

  it('round-trips every part of a view', () => {
    const state: NavState = {
      filters: { nodeTypes: ['Organisation', 'Theme'], tieTypes: ['FUNDS'], themes: ['theme-youth'], areas: ['area-battersea'], alliances: ['alliance-b'], tiers: ['core', 'delivery partner'], date: '2021-05-01' },
      selected: 'org-providence',
      depth: 2,
      colour: 'theme',
      colourParams: {},
      size: 'pagerank',
      sizeParams: { scale: 'log', alpha: 0.9 },
      camera: { x: 0.51234, y: 0.25, ratio: 0.4 },
      mode: 'table',
      path: { from: 'org-a', to: 'org-b', tieTypes: ['MEMBER_OF', 'FUNDS'] },
    };
    const query = serialiseNavState(state);
    expect(query).toContain('sel=org-providence');
    expect(query).toContain('tiers=core,delivery+partner');
    const back = parseNavState(query);
    expect(back).toEqual({ ...state, camera: { x: 0.5123, y: 0.25, ratio: 0.4 } });
  });

  it('keeps the service parameters ?alliance= and ?area= as they were', () => {
    const query = serialiseNavState({ ...DEFAULT_NAV, selected: 'x' }, '?alliance=alliance-b&area=area-hackney&sel=old');
    const q = new URLSearchParams(query);
    expect(q.get('alliance')).toBe('alliance-b');
    expect(q.get('area')).toBe('area-hackney');
    expect(q.get('sel')).toBe('x');
  });

  it('ignores what it does not understand instead of failing', () => {
    const state = parseNavState('?depth=9&colour=rainbow&size=&cam=1,2&types=Organisation,Dragon&date=yesterday&path=only-one&view=grid');
    expect(state.depth).toBe(1);
    expect(state.colour).toBe('community');
    expect(state.size).toBe('degree');
    expect(state.camera).toBeNull();
    expect(state.filters.nodeTypes).toEqual(['Organisation']);
    expect(state.filters.date).toBeNull();
    expect(state.path).toBeNull();
    expect(state.mode).toBe('map');
  });
});
