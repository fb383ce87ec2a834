/** The import plan without a database: the atlas is a list of nodes and ties given to the planner. */
import { describe, expect, it } from 'vitest';
import { ImportPlanner } from '../../../graph-service/src/interchange/plan/planner.ts';
import type { AtlasNode, AtlasTie, Properties } from '../../../graph-service/src/interchange/plan/types.ts';
import { readImport, type ImportFile } from '../../../graph-service/src/interchange/read.ts';

const ATLAS: (AtlasNode & { properties: Properties })[] = [
  { id: 'org-providence-house', label: 'Organisation', name: 'Providence House', aliases: ['Providence'], properties: { id: 'org-providence-house', name: 'Providence House', aliases: ['Providence'], source: 'seed' } },
  { id: 'theme-youth', label: 'Theme', name: 'Youth', aliases: [], properties: { id: 'theme-youth', name: 'Youth', source: 'seed' } },
  { id: 'person-amira-1', label: 'Person', name: 'Amira', aliases: [], properties: { id: 'person-amira-1', name: 'Amira', source: 'seed' } },
  { id: 'org-twin-a', label: 'Organisation', name: 'Twin Centre', aliases: [], properties: { id: 'org-twin-a', name: 'Twin Centre', source: 'seed' } },
  { id: 'org-twin-b', label: 'Organisation', name: 'Twin Centre', aliases: [], properties: { id: 'org-twin-b', name: 'Twin Centre', source: 'seed' } },
];
const TIES: AtlasTie[] = [{ type: 'WORKS_ON', from: 'org-providence-house', to: 'theme-youth', properties: { id: 'WORKS_ON:org-providence-house->theme-youth', source: 'seed', lead: false } }];

async function planImport(elements: string, connections?: string) {
  const files: ImportFile[] = [{ bytes: new TextEncoder().encode(elements), name: 'elements.csv', kind: 'elements' }];
  if (connections) files.push({ bytes: new TextEncoder().encode(connections), name: 'connections.csv', kind: 'connections' });
  const planner = new ImportPlanner(await readImport(files), ATLAS);
  const ids = planner.resolveElements();
  planner.diffElements(new Map(ATLAS.filter((n) => ids.includes(n.id)).map((n) => [n.id, n.properties])));
  const pairs = planner.resolveConnections();
  planner.diffConnections(TIES.filter((t) => pairs.some((p) => p.from === t.from && p.to === t.to)));
  return planner.result();
}

describe('ImportPlanner', () => {
  it('merges in-file duplicates and gives new elements kebab-case ids', async () => {
    const { plan, writes } = await planImport('name,type,description\nLantern Trust,Organisation,Food bank\nThe Lantern Trust Ltd,org,Other words\nLantern Trust,Organisation,');
    expect(plan.rows.map((r) => [r.outcome, r.id, r.matchedBy])).toEqual([
      ['created', 'org-lantern-trust', undefined], ['merged', 'org-lantern-trust', 'earlier row'], ['merged', 'org-lantern-trust', 'earlier row'],
    ]);
    expect(plan.rows[1].notes.join()).toMatch(/description differs from the value on line 2, which is kept/);
    expect(writes.createNodes).toEqual([{ label: 'Organisation', properties: { id: 'org-lantern-trust', name: 'Lantern Trust', description: 'Food bank', source: 'Imported from CSV "elements.csv"', aliases: ['The Lantern Trust Ltd'] } }]);
  });

  it('rejects a repeated id, a change of type, and a name that matches two elements', async () => {
    const { plan } = await planImport('id,name,type\norg-x,X One,Organisation\norg-x,X Two,Organisation\ntheme-youth,Youth,Organisation\n,Twin Centre,Organisation');
    expect(plan.rows.map((r) => r.outcome)).toEqual(['created', 'rejected', 'rejected', 'rejected']);
    expect(plan.rows[1].reasons).toEqual(['id "org-x" is also on line 2; each element appears once']);
    expect(plan.rows[2].reasons).toEqual(['"theme-youth" is a Theme in the atlas but a Organisation here; an import cannot change an element\'s type']);
    expect(plan.rows[3].reasons[0]).toMatch(/matches several Organisation elements in the atlas: Twin Centre \(org-twin-a\), Twin Centre \(org-twin-b\); add an id column/);
    expect(plan.committable).toBe(false);
  });

  it('keeps people apart by id even when first names repeat', async () => {
    const { plan } = await planImport('id,name,type\nperson-amira-2,Amira,Person\nperson-amira-3,Amira,Person');
    expect(plan.rows.map((r) => [r.outcome, r.id])).toEqual([['created', 'person-amira-2'], ['created', 'person-amira-3']]);
  });

  it('resolves connection ends by id or name, in the file or the atlas, and reports what it cannot', async () => {
    const { plan, writes } = await planImport('name,type\nLantern Trust,Organisation\nBroken,Spaceship',
      'from,to,type,lead\nLantern Trust,Youth,works on,true\nProvidence,Lantern Trust,connected with,\norg-providence-house,theme-youth,WORKS_ON,false\nLantern Trust,Broken,connected,\nLantern Trust,Nowhere House,connected,');
    const ties = plan.rows.filter((r) => r.record === 'connection');
    expect(ties.map((r) => [r.outcome, r.id])).toEqual([
      ['created', 'WORKS_ON:org-lantern-trust->theme-youth'],
      ['created', 'CONNECTED_WITH:org-providence-house->org-lantern-trust'],
      ['unchanged', 'WORKS_ON:org-providence-house->theme-youth'],
      ['rejected', undefined],
      ['rejected', undefined],
    ]);
    expect(ties[3].reasons).toEqual(['"to" "Broken" is an element that is rejected (CSV "elements.csv" line 3)']);
    expect(ties[4].reasons).toEqual(['"to" "Nowhere House" is not the id or name of an element in the file or the atlas']);
    expect(writes.createTies[0]).toEqual({ type: 'WORKS_ON', from: 'org-lantern-trust', to: 'theme-youth', properties: { id: 'WORKS_ON:org-lantern-trust->theme-youth', lead: true, source: 'Imported from CSV "connections.csv"' } });
  });

  it('explains a theme that exists nowhere, and suggests the near name for a misspelt end', async () => {
    const { plan } = await planImport('name,type,themes\nLantern Trust,Organisation,Yuoth', 'from,to,type\nLantern Trust,Providence Hosue,connected');
    const ties = plan.rows.filter((r) => r.record === 'connection');
    expect(ties.map((t) => t.reasons)).toEqual([
      ['"to" "Providence Hosue" is not the id or name of an element in the file or the atlas; did you mean Providence House (org-providence-house)?'],
      ['theme "Yuoth" is not the id or name of a Theme in the file or the atlas; add it to the elements as a Theme first'],
    ]);
  });

  it('counts outcomes per table', async () => {
    const { plan } = await planImport('id,name,type,description\norg-providence-house,Providence House,Organisation,New words\n,Lantern Trust,Organisation,');
    expect(plan.summary.elements).toEqual({ created: 1, updated: 1, unchanged: 0, merged: 0, rejected: 0 });
    expect(plan.rows[0].changes).toEqual(['description']);
  });
});
