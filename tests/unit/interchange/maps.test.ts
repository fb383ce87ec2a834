/** What maps mean to the pure import: a file cannot name the map it goes into, and a new map is titled after its file. */
import { describe, expect, it } from 'vitest';
import { mapTitleFromFileName } from '../../../graph-service/src/interchange/fileTitle.ts';
import { ImportPlanner } from '../../../graph-service/src/interchange/plan/planner.ts';
import { readImport } from '../../../graph-service/src/interchange/read.ts';
import { mapIdFor, MAP_ID, MAP_TITLE_LENGTH } from '../../../graph-service/src/model/maps.ts';

describe('a column named map', () => {
  it('is passed over, so a file never chooses or changes the map its rows are written to', async () => {
    const elements = 'id,name,type,map\norg-a,Lantern Trust,Organisation,battersea-alliance\norg-b,Compass Hub,Organisation,team-hackney\n';
    const connections = 'from,to,type,map\norg-a,org-b,CONNECTED_WITH,team-hackney\n';
    const input = await readImport([
      { bytes: new TextEncoder().encode(elements), name: 'elements.csv', kind: 'elements' },
      { bytes: new TextEncoder().encode(connections), name: 'connections.csv', kind: 'connections' },
    ]);
    expect(input.columns.filter((c) => c.header === 'map').map((c) => c.use)).toEqual(['ignored', 'ignored']);
    // Planned against an empty map, as an import into a new map is.
    const planner = new ImportPlanner(input, []);
    planner.resolveElements();
    planner.diffElements(new Map());
    planner.resolveConnections();
    planner.diffConnections([]);
    const { plan, writes } = planner.result();
    expect(plan.committable).toBe(true);
    expect(writes.createNodes).toHaveLength(2);
    expect(writes.createTies).toHaveLength(1);
    for (const record of [...writes.createNodes, ...writes.createTies]) expect(record.properties).not.toHaveProperty('map');
  });
});

describe('mapTitleFromFileName', () => {
  it('titles a new map after the file it comes from, as a valid map id is made from it', () => {
    expect(mapTitleFromFileName('florentine_families.edges.csv')).toBe('Florentine families edges');
    expect(mapTitleFromFileName('data/davis-southern-women.graphml')).toBe('Davis southern women');
    expect(mapTitleFromFileName('C:\\exports\\Hounslow map.xlsx')).toBe('Hounslow map');
    expect(mapTitleFromFileName('.csv')).toBe('Imported map');
    expect(mapTitleFromFileName(`${'x'.repeat(300)}.csv`).length).toBeLessThanOrEqual(MAP_TITLE_LENGTH);
    for (const name of ['florentine_families.edges.csv', 'Ünïcode — network.gexf', '.csv']) {
      expect(mapIdFor(mapTitleFromFileName(name), () => false)).toMatch(MAP_ID);
    }
  });
});
