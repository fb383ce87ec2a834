/**
 * Every file of the interop corpus (written by networkx 2.8 and 3.x, igraph, and in Gephi's, yEd's
 * and Kumu's layouts) through the real reader and planner, against the figures networkx or igraph
 * counted when they read the same file back (manifest.json, written by make_corpus.py).
 */
import { tieDirection } from '../../../graph-service/src/interchange/exportGraph.ts';
import { describe, expect, it } from 'vitest';
import { propertyName } from '../../../graph-service/src/interchange/columns.ts';
import { PLAIN_TIE_TYPE } from '../../../graph-service/src/interchange/typeNames.ts';
import { corpusManifest, planCorpusFile } from '../../support/corpus.ts';

interface Figures {
  tool: string;
  nodes: number;
  ties: number;
  /** null: the file does not say (an edge list), so its plain ties have no direction. */
  directed: boolean | null;
  weighted: number;
  weightSum: number;
  positions: number;
  dynamic: boolean;
  nodeAttributes: Record<string, string>;
  edgeAttributes: Record<string, string>;
  freeWordTypes?: string[];
}

const manifest = corpusManifest<Figures>();
const JS_TYPE: Record<string, string> = { int: 'number', float: 'number', str: 'string', bool: 'boolean' };
/** Attributes that are fields of the convention (a node's name, its drawing) rather than properties. */
const FIELDS = new Set(['name', 'label', 'x', 'y']);

const importFile = planCorpusFile;

describe('the interop corpus imports with its nodes, ties, weights, direction and attributes', () => {
  it('has every kind of file the issue names', () => {
    const tools = Object.values(manifest).map((f) => f.tool).join(' ');
    for (const tool of ['networkx 2.8', 'networkx 3.', 'igraph', 'Gephi 0.10', 'yEd', 'Kumu']) expect(tools).toContain(tool);
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(20);
  });

  for (const [name, expected] of Object.entries(manifest)) {
    it(`${name} (${expected.tool})`, async () => {
      const { input, plan, writes } = await importFile(name);
      expect(plan.problems).toEqual([]);
      expect(plan.rows.filter((r) => r.outcome === 'rejected').map((r) => r.reasons)).toEqual([]);
      expect(plan.committable).toBe(true);
      expect(writes.createNodes).toHaveLength(expected.nodes);
      expect(writes.createTies).toHaveLength(expected.ties);
      // Every node has a name: its label, or its id when the file has none.
      for (const node of writes.createNodes) expect(String(node.properties.name)).not.toBe('');

      const weights = writes.createTies.map((t) => t.properties.weight).filter((w) => w !== undefined);
      expect(weights).toHaveLength(expected.weighted);
      expect(weights.reduce<number>((sum, w) => sum + Number(w), 0)).toBeCloseTo(expected.weightSum, 9);

      // A tie's direction: its own `directed` where the file said one its type does not give, else its type's.
      const undirected = writes.createTies.filter((t) => tieDirection({ tieType: t.type, ...t.properties }) === 'undirected').length;
      if (expected.directed === false) expect(undirected).toBe(expected.ties);
      // A directed graph file keeps its direction on the plain ties it makes (a workbook has no graph direction).
      if (expected.directed === true && !name.endsWith('.xlsx')) expect(undirected, 'a directed graph file keeps its direction').toBe(0);

      const placed = writes.createNodes.filter((n) => typeof n.properties.x === 'number' && typeof n.properties.y === 'number');
      expect(placed).toHaveLength(expected.positions);

      const derived = new Set(input.columns.filter((c) => c.note?.startsWith('derived')).map((c) => propertyName(c.header)));
      for (const [attribute, type] of Object.entries(expected.nodeAttributes)) {
        const property = propertyName(attribute);
        if (FIELDS.has(attribute) || derived.has(property)) continue;
        const values = writes.createNodes.map((n) => n.properties[property]).filter((v) => v !== undefined);
        expect(values.length, `node attribute ${attribute}`).toBe(expected.nodes);
        for (const value of values) expect(typeof value, `node attribute ${attribute}`).toBe(JS_TYPE[type]);
      }
      for (const [attribute, type] of Object.entries(expected.edgeAttributes)) {
        const values = writes.createTies.map((t) => t.properties[propertyName(attribute)]).filter((v) => v !== undefined);
        expect(values.length, `edge attribute ${attribute}`).toBe(expected.ties);
        for (const value of values) expect(typeof value, `edge attribute ${attribute}`).toBe(JS_TYPE[type]);
      }
      if (expected.dynamic) {
        expect(writes.createTies.every((t) => /^\d{4}$/.test(String(t.properties.since)))).toBe(true);
        expect(writes.createTies.some((t) => t.properties.until !== undefined)).toBe(true);
      }
      for (const word of expected.freeWordTypes ?? []) {
        const row = plan.rows.find((r) => r.record === 'connection' && (r.type !== PLAIN_TIE_TYPE || r.notes.some((n) => n.includes(`"${word}"`))));
        expect(row, word).toBeDefined();
      }
    });
  }

  it('keeps ids that break the map id rule as importedId, and ties still find them (Davis Southern women)', async () => {
    const { writes } = await importFile('davis-nx3.edgelist.csv');
    const evelyn = writes.createNodes.find((n) => n.properties.name === 'Evelyn Jefferson');
    expect(evelyn?.properties).toMatchObject({ importedId: 'Evelyn Jefferson', id: 'org-evelyn-jefferson' });
    expect(writes.createTies.filter((t) => t.from === 'org-evelyn-jefferson')).toHaveLength(8);
    // Ids that do follow the rule are the ids: the events E1...E14.
    expect(writes.createNodes.find((n) => n.properties.name === 'E1')?.properties).toMatchObject({ id: 'E1' });
  });

  it('turns Kumu free-word types into plain ties that keep the word, proposing the model type that matches', async () => {
    const { plan, writes } = await importFile('kumu-workbook.xlsx');
    const described = writes.createTies.map((t) => [t.type, t.properties.description]);
    expect(described).toEqual(expect.arrayContaining([
      [PLAIN_TIE_TYPE, 'partnership'], [PLAIN_TIE_TYPE, 'runs'], [PLAIN_TIE_TYPE, 'shares a building with'], ['FUNDS', undefined], [PLAIN_TIE_TYPE, undefined],
    ]));
    const partnership = plan.rows.find((r) => r.notes.some((n) => n.startsWith('"partnership" is the model\'s PARTNER_IN')));
    expect(partnership?.outcome).toBe('created');
    expect(plan.notes.join(' ')).not.toMatch(/proposed as/);
  });

  it('proposes Organisation and the plain tie for a file without types, and says so', async () => {
    const { input } = await importFile('karate-nx3.graphml');
    expect(input.notes.join(' ')).toMatch(/elements are proposed as Organisation.*connections are proposed as CONNECTED_WITH/);
  });
});
