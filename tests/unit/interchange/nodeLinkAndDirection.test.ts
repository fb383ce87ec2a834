/** networkx's node-link JSON and the direction of ties, as files say it; malformed ones name the place. */
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../graph-service/src/interchange/read.ts';
import { rejectedRowsCsv } from '../../../graph-service/src/interchange/rejectedRows.ts';
import type { ImportPlan } from '../../../graph-service/src/interchange/plan/types.ts';

const file = (name: string, text: string) => ({ bytes: Buffer.from(text), name });

describe('node-link JSON', () => {
  it('reads nodes by id with attributes beside it, and "links" or "edges"', async () => {
    for (const list of ['links', 'edges']) {
      const json = JSON.stringify({ directed: false, multigraph: false, graph: {}, nodes: [{ id: 'a', size: 3 }, { id: 'b' }], [list]: [{ source: 'a', target: 'b', weight: 2 }] });
      const input = await readImport([file('g.json', json)]);
      expect(input.problems).toEqual([]);
      expect(input.elements.map((e) => [e.id, e.name])).toEqual([['a', 'a'], ['b', 'b']]);
      // The plain tie is undirected by its type, so the file's direction adds nothing to it.
      expect(input.connections[0]).toMatchObject({ from: 'a', to: 'b', type: 'CONNECTED_WITH', properties: { weight: 2 } });
      expect(input.connections[0].properties.directed).toBeUndefined();
    }
  });

  it('names the node or link that is malformed', async () => {
    const input = await readImport([file('g.json', JSON.stringify({ nodes: [{ id: 'a' }, { name: 'no id' }], links: [{ source: 'a' }] }))]);
    expect(input.problems).toEqual(['JSON g.json: nodes[1] needs an "id" (text or number).', 'JSON g.json: links[0] needs a "source" and a "target".']);
    await expect(readImport([file('g.json', JSON.stringify({ nodes: [], links: {} }))])).rejects.toThrow('JSON g.json: "links" must be a list.');
  });
});

describe('direction', () => {
  it("reads Gephi's Type column as direction, tie by tie", async () => {
    // The plain tie is undirected by its type: only the tie the file calls directed carries its own direction.
    const csv = ['Source,Target,Type,Weight', 'a,b,Undirected,1', 'b,c,Directed,1.5'].join('\n');
    const input = await readImport([file('edges.csv', csv)]);
    expect(input.connections.map((c) => c.properties)).toEqual([{ weight: 1 }, { weight: 1.5, directed: true }]);
    expect(input.columns.find((c) => c.header === 'Type')).toMatchObject({ use: 'direction' });
  });

  it('keeps a type column of tie types as the type, and refuses a direction it does not know, naming it', async () => {
    const typed = await readImport([file('edges.csv', ['source,target,type', 'a,b,funds'].join('\n'))]);
    expect(typed.connections[0].type).toBe('FUNDS');
    const odd = await readImport([file('edges.csv', ['from,to,direction', 'a,b,sideways'].join('\n'))]);
    expect(odd.connections[0].problems).toEqual(['direction "sideways" is not Directed or Undirected']);
  });
});

describe('the rejected rows file', () => {
  it('has a reason column and one line per rejected row', () => {
    const plan = { rows: [
      { record: 'element', kind: 'elements', origin: 'CSV', line: 2, outcome: 'created', reasons: [], problems: [], notes: [] },
      { record: 'connection', kind: 'connections', origin: 'CSV', line: 3, outcome: 'rejected', type: 'FUNDS', from: 'a', to: 'b', reasons: ['one', 'two'], problems: [], notes: [] },
    ] } as unknown as ImportPlan;
    expect(rejectedRowsCsv(plan)).toBe('table,line,record,id,name,type,from,to,reason\nCSV,3,connection,,,FUNDS,a,b,one; two\n');
  });
});
