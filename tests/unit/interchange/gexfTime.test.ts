/** Dynamic GEXF: Gephi's timeline in (start/end, spells, timestamps, open bounds) and out (a graph Gephi plays). */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { drawGraph } from '../../../graph-service/src/interchange/drawing.ts';
import { writeGexf } from '../../../graph-service/src/interchange/gexf.ts';
import { nodePeriods } from '../../../graph-service/src/interchange/gexfTimeWrite.ts';
import { readImport } from '../../../graph-service/src/interchange/read.ts';
import { onDate } from '../../../graph-service/src/services/exportService.ts';
import type { SerializedGraph } from '../../../graph-service/src/interchange/graphTypes.ts';

const fixture = (name: string) => ({ bytes: readFileSync(new URL(`../../fixtures/interchange/${name}`, import.meta.url)), name });
const gexf = (graph: string, body: string, version = '1.3') =>
  ({ bytes: new TextEncoder().encode(`<?xml version="1.0"?><gexf xmlns="http://gexf.net/${version}" version="${version}"><graph ${graph}>${body}</graph></gexf>`), name: 'hand.gexf' });

describe('dynamic GEXF in', () => {
  it('reads a Gephi timeline: spells become since and until, gaps and dynamic values are noted', async () => {
    const input = await readImport([fixture('gephi-dynamic.gexf')]);
    expect(input.problems).toEqual([]);
    expect(input.elements.map((e) => [e.id, e.since, e.until])).toEqual([
      ['n0', '2019-03-01', '2022-12-31'], ['n1', '2018-06-01', '2023-05-17'], ['n2', undefined, undefined],
    ]);
    expect(input.connections.map((c) => [c.from, c.to, c.type, c.since, c.until])).toEqual([
      ['n0', 'n2', 'MEMBER_OF', '2019-03-01', undefined],
      ['n1', 'n2', 'MEMBER_OF', '2018-06-01', '2023-05-17'],
      ['n0', 'n1', 'CONNECTED_WITH', '2021-10-08', '2022-03-24'],
      ['n1', 'n0', 'CONNECTED_WITH', undefined, undefined],
    ]);
    expect(input.notes.find((n) => n.includes('gaps'))).toMatch(/node "Beacon Arts Collective" \(no spell between 2019-05-31 and 2021-10-08\); edge n1 → n2/);
    expect(input.notes.find((n) => n.includes('dynamic attributes'))).toMatch(/^GEXF gephi-dynamic.gexf: 2 attribute value\(s\) change over time/);
    // The last value in the file is the one kept.
    expect(input.elements[0].properties.volunteers).toBe(14);
  });

  it('reads integer years as years and dateTime as its day', async () => {
    const years = await readImport([gexf('mode="dynamic" timeformat="integer"', '<nodes><node id="a" label="A" start="2014"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" start="2014" end="2016"/></edges>')], { defaultNodeType: 'Organisation', defaultTieType: 'CONNECTED_WITH' });
    expect(years.elements.map((e) => [e.since, e.until])).toEqual([['2014', undefined], [undefined, undefined]]);
    expect(years.connections.map((c) => [c.since, c.until])).toEqual([['2014', '2016']]);
    const times = await readImport([gexf('mode="dynamic" timeformat="dateTime"', '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" start="2021-10-08T18:30:00Z" end="2022-03-24T20:00:00"/></edges>')], { defaultNodeType: 'Organisation', defaultTieType: 'CONNECTED_WITH' });
    expect(times.connections.map((c) => [c.since, c.until])).toEqual([['2021-10-08', '2022-03-24']]);
  });

  it('excludes an open bound by one step of its precision (GEXF 1.2 startopen/endopen)', async () => {
    const input = await readImport([gexf('mode="dynamic" timeformat="date"', '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" startopen="2021-12-31" endopen="2022-03-01"/></edges>', '1.2draft')], { defaultNodeType: 'Organisation', defaultTieType: 'CONNECTED_WITH' });
    expect(input.connections.map((c) => [c.since, c.until])).toEqual([['2022-01-01', '2022-02-28']]);
  });

  it('reads timestamps as the first and last, and says numbers that are not years are not dates', async () => {
    const stamps = await readImport([gexf('mode="dynamic" timeformat="date" timerepresentation="timestamp"', '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"><timestamps><timestamp value="2022-03-24"/><timestamp value="2021-11-18"/></timestamps></edge></edges>')], { defaultNodeType: 'Organisation', defaultTieType: 'CONNECTED_WITH' });
    expect(stamps.connections.map((c) => [c.since, c.until])).toEqual([['2021-11-18', '2022-03-24']]);
    expect(stamps.notes.join(' ')).toMatch(/several timestamps/);
    const steps = await readImport([gexf('mode="dynamic"', '<nodes><node id="a" label="A" start="1.5" end="3"/></nodes>')], { defaultNodeType: 'Organisation' });
    expect(steps.elements.map((e) => [e.since, e.until])).toEqual([[undefined, undefined]]);
    expect(steps.notes.join(' ')).toMatch(/times are numbers \(1.5, 3…\) rather than years or dates/);
  });

  it('keeps a since attribute over the spell: it is the record at its own precision', async () => {
    const input = await readImport([gexf('mode="dynamic" timeformat="date"', '<attributes class="edge"><attribute id="since" title="Since" type="string"/></attributes><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" start="2021-10-01"><attvalues><attvalue for="since" value="2021-10"/></attvalues></edge></edges>')], { defaultNodeType: 'Organisation', defaultTieType: 'CONNECTED_WITH' });
    expect(input.connections[0].since).toBe('2021-10');
  });
});

function dated(): Graph {
  const g = new Graph({ multi: true });
  g.addNode('a', { name: 'A', nodeType: 'Organisation', since: '2010' });
  g.addNode('b', { name: 'B', nodeType: 'Organisation' });
  g.addNode('c', { name: 'C', nodeType: 'Event', date: '2019-01-01' });
  g.addNode('d', { name: 'D', nodeType: 'Organisation' });
  g.addEdgeWithKey('t1', 'a', 'b', { tieType: 'CONNECTED_WITH', since: '2021-10', until: '2022', dateBasis: 'met at the event' });
  g.addEdgeWithKey('t2', 'b', 'c', { tieType: 'ATTENDED', since: '2019-01-01', until: '2019-03' });
  g.addEdgeWithKey('t3', 'a', 'd', { tieType: 'CONNECTED_WITH' });
  return g;
}

describe('dynamic GEXF out', () => {
  it('gives ties their first and last day, and nodes the union of their dated ties', () => {
    const g = dated();
    expect(nodePeriods(g, 'a')).toEqual([{ start: '2021-10-01', end: '2022-12-31' }]);
    expect(nodePeriods(g, 'b')).toEqual([{ start: '2019-01-01', end: '2019-03-31' }, { start: '2021-10-01', end: '2022-12-31' }]);
    expect(nodePeriods(g, 'd')).toEqual([]);
    const xml = writeGexf(g, drawGraph(g), 'the network on 31 Mar 2022');
    expect(xml).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    expect(xml).toMatch(/<edge id="t1" source="a" target="b" kind="CONNECTED_WITH" label="CONNECTED_WITH" start="2021-10-01" end="2022-12-31">/);
    expect(xml).toMatch(/<edge id="t3" source="a" target="d" kind="CONNECTED_WITH" label="CONNECTED_WITH">/);
    expect(xml).toMatch(/<spells>\s*<spell start="2019-01-01" end="2019-03-31"\/>\s*<spell start="2021-10-01" end="2022-12-31"\/>\s*<\/spells>/);
    expect(xml).toMatch(/<creator>Alliance Atlas<\/creator><description>the network on 31 Mar 2022<\/description>/);
  });

  it('reads back with every record\'s own dates: none invented for a node from its ties', async () => {
    const g = dated();
    const input = await readImport([{ bytes: new TextEncoder().encode(writeGexf(g, drawGraph(g))), name: 'atlas.gexf' }]);
    expect(input.problems).toEqual([]);
    expect(input.elements.map((e) => [e.id, e.since, e.until])).toEqual([['a', '2010', undefined], ['b', undefined, undefined], ['c', undefined, undefined], ['d', undefined, undefined]]);
    expect(input.connections.map((c) => [c.id, c.since, c.until, c.dateBasis])).toEqual([['t1', '2021-10', '2022', 'met at the event'], ['t2', '2019-01-01', '2019-03', undefined], ['t3', undefined, undefined, undefined]]);
  });

  it('finds ids and names that XML escapes', () => {
    const g = new Graph({ multi: true });
    g.addNode('a', { name: 'A > "B" & C', nodeType: 'Organisation' });
    g.addNode('b', { name: 'B', nodeType: 'Organisation' });
    g.addEdgeWithKey('CONNECTED_WITH:a->b', 'a', 'b', { tieType: 'CONNECTED_WITH', since: '2020' });
    const xml = writeGexf(g, drawGraph(g));
    expect(xml).toMatch(/<edge id="CONNECTED_WITH:a->b" source="a" target="b" kind="CONNECTED_WITH" label="CONNECTED_WITH" start="2020-01-01">/);
    expect(xml).toMatch(/<node id="a" label="A > &quot;B&quot; &amp; C" start="2020-01-01">/);
  });

  it('writes a static graph when nothing is dated', () => {
    const g = new Graph();
    g.addNode('a', { name: 'A', nodeType: 'Organisation' });
    expect(writeGexf(g, drawGraph(g))).toMatch(/<graph defaultedgetype="directed">/);
  });
});

describe('export on a date', () => {
  it('keeps what held by the time rule, leaving undated ties out unless counted, and says so', () => {
    const serialized = dated().export() as unknown as SerializedGraph;
    const on = onDate(serialized, { date: '2022-03-31', undated: false });
    expect(on.day).toBe('2022-03-31');
    expect(on.graph.edges.map((e) => e.key)).toEqual(['t1']);
    expect(on.graph.nodes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(on.description).toMatch(/undated/);
    const counted = onDate(serialized, { date: '2022-03-31', undated: true });
    expect(counted.graph.edges.map((e) => e.key).sort()).toEqual(['t1', 't3']);
    expect(onDate(serialized, { date: null, undated: false }).graph).toBe(serialized);
  });
});
