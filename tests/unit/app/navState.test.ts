import { describe, expect, it } from 'vitest';
import { DEFAULT_NAV, lookOf, navDefaults, parseNavState, sameLook, serialiseNavState, type NavState } from '../../../app/src/core/navState';

describe('view state in the address', () => {
  it('leaves defaults out, so the plain map has a plain address', () => {
    expect(serialiseNavState(DEFAULT_NAV)).toBe('');
    expect(parseNavState('')).toEqual(DEFAULT_NAV);
  });

  it('round-trips every part of a view', () => {
    const state: NavState = {
      filters: { nodeTypes: ['Organisation', 'Theme'], tieTypes: ['FUNDS'], themes: ['theme-youth'], areas: ['area-battersea'], alliances: ['alliance-b'], tiers: ['core', 'delivery partner'], asOf: '2021-05-01', undated: true },
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
    expect(state.filters.asOf).toBeNull();
    expect(state.path).toBeNull();
    expect(state.mode).toBe('map');
  });
});

describe("a map's default look", () => {
  const base = navDefaults({ colour: 'theme', size: 'pagerank', sizeParams: { scale: 'log' } });

  it('takes the colour and size a map keeps, passing over what the app does not know', () => {
    expect(lookOf(base)).toEqual({ colour: 'theme', colourParams: {}, size: 'pagerank', sizeParams: { scale: 'log' } });
    expect(navDefaults(null)).toEqual(DEFAULT_NAV);
    expect(navDefaults({ colour: 'no-such-colouring', size: 42, colourParams: { a: 1 } })).toEqual(DEFAULT_NAV);
    expect(navDefaults({ colour: 'theme', colourParams: ['not', 'params'] }).colourParams).toEqual({});
  });

  it('opens a plain address in the map\'s look and leaves that look out of the address', () => {
    expect(parseNavState('', base)).toEqual(base);
    expect(serialiseNavState(base, '', base)).toBe('');
    expect(serialiseNavState({ ...base, sizeParams: {} }, '', base)).toBe('?sizeOpts=');
    expect(parseNavState('?sizeOpts=', base).sizeParams).toEqual({});
  });

  it('still writes the app\'s default look when the map keeps another one', () => {
    const query = serialiseNavState(DEFAULT_NAV, '', base);
    expect(query).toContain('colour=community');
    expect(query).toContain('size=degree');
    expect(parseNavState(query, base)).toEqual(DEFAULT_NAV);
  });

  it('tells whether the view looks as the map does by default', () => {
    expect(sameLook(lookOf(base), base)).toBe(true);
    expect(sameLook(lookOf({ ...base, sizeParams: { scale: 'sqrt' } }), base)).toBe(false);
  });
});
