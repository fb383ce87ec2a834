import { describe, expect, it } from 'vitest';
import { graphUrl, mapPath, type MapSummary } from '../../../app/src/core/api';
import { confirmsTitle, copiedFromOf, deleteWarning, duplicateTitle, figureWords, openingChoice, sortMaps, titleFromFileName, titleProblem } from '../../../app/src/core/maps';
import { HOME_HREF, mapHref, nodeHref, parseRoute } from '../../../app/src/core/route';
import { elsewhereSuggestions } from '../../../app/src/core/search';
import { importUrl } from '../../../app/src/interchange/api';

const summary = (id: string, title: string, archived = false): MapSummary => ({ id, title, archived, published: true, freshnessMonths: 12, createdAt: '2026-01-01', updatedAt: '2026-01-01', version: 1, figures: { organisations: 1, workingTies: 0, isolated: 1, clusters: 1 } });

describe('the address', () => {
  it('reads the opening page, a map, and anything else as unknown', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/maps/')).toEqual({ page: 'home' });
    expect(parseRoute('/maps/battersea-alliance')).toEqual({ page: 'map', map: 'battersea-alliance' });
    expect(parseRoute('/maps/battersea-alliance/')).toEqual({ page: 'map', map: 'battersea-alliance' });
    expect(parseRoute('/maps/Not%20A%20Map')).toEqual({ page: 'unknown', path: '/maps/Not%20A%20Map' });
    expect(parseRoute('/maps/%E0%A4%A')).toEqual({ page: 'unknown', path: '/maps/%E0%A4%A' });
    expect(parseRoute('/graph')).toEqual({ page: 'unknown', path: '/graph' });
  });

  it('writes a map\'s address with its view state, and a node\'s as a selection', () => {
    expect(mapHref('team-hackney')).toBe('/maps/team-hackney');
    expect(mapHref('team-hackney', '?sel=org-x')).toBe('/maps/team-hackney?sel=org-x');
    expect(mapHref('team-hackney', 'sel=org-x')).toBe('/maps/team-hackney?sel=org-x');
    expect(mapHref('team-hackney', '?')).toBe('/maps/team-hackney');
    expect(nodeHref('team-hackney', 'org-hackney cvs')).toBe('/maps/team-hackney?sel=org-hackney+cvs');
    expect(HOME_HREF).toBe('/');
  });
});

describe('the API client builds every path from the map', () => {
  it('puts routes inside a map under /api/maps/<map>/', () => {
    expect(mapPath('team-hackney', 'nodes/org-a')).toBe('/api/maps/team-hackney/nodes/org-a');
    expect(mapPath('team-hackney', '/stats')).toBe('/api/maps/team-hackney/stats');
    expect(graphUrl('team-hackney', '?sel=x&alliance=a&cam=1,2,3')).toBe('/api/maps/team-hackney/graph?alliance=a');
    expect(graphUrl('team-hackney')).toBe('/api/maps/team-hackney/graph');
  });

  it('imports into a map that exists, or into a new one named on the commit', () => {
    expect(importUrl({ map: 'team-hackney' }, 'preview')).toBe('/api/maps/team-hackney/import/files/preview');
    expect(importUrl({ map: 'team-hackney' }, 'commit')).toBe('/api/maps/team-hackney/import/files/commit');
    expect(importUrl({ newMap: { title: 'Florentine families' } }, 'preview')).toBe('/api/import/files/preview');
    expect(importUrl({ newMap: { title: 'Florentine & co' } }, 'commit')).toBe('/api/import/files/commit?title=Florentine+%26+co');
  });
});

describe('maps in words and choices', () => {
  it('opens the only map, and lists several (archived last, by title) or none', () => {
    expect(openingChoice([summary('only', 'Only')])).toEqual({ open: 'only' });
    expect(openingChoice([])).toEqual({ list: [] });
    const list = openingChoice([summary('b', 'Team Hackney'), summary('z', 'Archive', true), summary('a', 'Battersea Alliance')]);
    expect('list' in list && list.list.map((m) => m.id)).toEqual(['a', 'b', 'z']);
    expect(sortMaps([summary('x', 'b'), summary('y', 'a')]).map((m) => m.id)).toEqual(['y', 'x']);
  });

  it('words the headline figures with singulars and plurals', () => {
    const words = figureWords({ organisations: 1, workingTies: 0, isolated: 2, clusters: 1234 }).map((f) => `${f.count} ${f.what}`);
    expect(words).toEqual(['1 organisation', '0 working ties', '2 isolated organisations', '1,234 clusters']);
  });

  it('says what deleting removes, and waits for the title to be typed', () => {
    const warning = deleteWarning({ title: 'Team Hackney' }, { organisations: 40, workingTies: 73, isolated: 2, clusters: 3 });
    expect(warning).toContain('“Team Hackney”');
    expect(warning).toContain('40 organisations, 73 working ties');
    expect(warning).toMatch(/cannot be undone/);
    expect(deleteWarning({ title: 'X' })).toContain('every node and tie in it');
    expect(confirmsTitle('  team   hackney ', 'Team Hackney')).toBe(true);
    expect(confirmsTitle('Team Hack', 'Team Hackney')).toBe(false);
    expect(confirmsTitle('', '')).toBe(false);
  });

  it('checks a title, and offers one for an imported file and a duplicate', () => {
    expect(titleProblem('  ')).toMatch(/Give the map a title/);
    expect(titleProblem('x'.repeat(121))).toMatch(/120 characters/);
    expect(titleProblem('Team Hackney')).toBeNull();
    expect(titleFromFileName('florentine_families.csv')).toBe('Florentine families');
    expect(titleFromFileName('C:\\data\\davis-southern-women.graphml')).toBe('Davis southern women');
    expect(titleFromFileName('.csv')).toBe('Imported map');
    expect(duplicateTitle('Team Hackney')).toBe('Copy of Team Hackney');
  });

  it('reads where a copied node came from', () => {
    expect(copiedFromOf('battersea-alliance/org-providence-house')).toEqual({ map: 'battersea-alliance', node: 'org-providence-house' });
    expect(copiedFromOf('no slash')).toBeNull();
    expect(copiedFromOf(7)).toBeNull();
  });
});

describe('the search across maps', () => {
  it('keeps hits in other maps, each saying which map', () => {
    const hit = (map: string, id: string) => ({ id, name: 'Hackney CVS', nodeType: 'Organisation' as const, score: 1, map, mapTitle: map === 'team-hackney' ? 'Team Hackney' : 'Battersea Alliance' });
    const suggestions = elsewhereSuggestions([hit('battersea-alliance', 'org-a'), hit('team-hackney', 'org-hackney-cvs')] as never, 'battersea-alliance');
    expect(suggestions).toEqual([{ id: 'org-hackney-cvs', name: 'Hackney CVS', nodeType: 'Organisation', map: 'team-hackney', mapTitle: 'Team Hackney', note: 'Team Hackney' }]);
  });
});
