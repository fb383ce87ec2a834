/**
 * One time rule: the network `GET …/graph?asOf=` reads from Neo4j (the rule in Cypher,
 * repositories/validAt.ts) is the network `scopeVisibility` (the rule in TypeScript, model/time.ts)
 * keeps of the whole graph, node for node and tie for tie, on dates at year, month and day
 * precision, with undated ties left out or counted: on the seed's maps and on a generated map whose
 * ties are dated at every precision, undated, ended and not yet begun.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildFacetIndex, NO_SCOPE_FILTERS, scopeVisibility, type ScopeGraph } from '../../graph-service/src/analysis/scope.ts';
import type { PropertyValue } from '../../graph-service/src/model/model.ts';
import { generateDataset, seededRandom } from '../../bench/support/generate.ts';
import { loadMap } from '../../bench/support/maps.ts';
import { SEED_MAPS } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
const DATES = ['2014', '2016-06', '2019', '2020-03-15', '2021-10-07', '2021-10-08', '2022-03', '2022-03-31', '2023-05-17', '2030'];

/** A generated alliance whose ties and some nodes carry dates at every precision, or none. */
function datedDataset() {
  const dataset = generateDataset({ organisations: 120, seed: 7 });
  const random = seededRandom(11);
  const day = (year: number) => `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const atPrecision = (year: number) => {
    const text = day(year);
    const precision = random();
    return precision < 0.3 ? text.slice(0, 4) : precision < 0.6 ? text.slice(0, 7) : text;
  };
  const dated = (record: Record<string, PropertyValue | undefined>, undatedShare: number) => {
    delete record.since;
    delete record.until;
    const start = 2012 + Math.floor(random() * 14);
    if (random() >= undatedShare) record.since = atPrecision(start);
    if (random() < 0.2) record.until = atPrecision(start + 1 + Math.floor(random() * 5));
  };
  for (const tie of dataset.ties) dated(tie as unknown as Record<string, PropertyValue | undefined>, 0.2);
  for (const node of dataset.nodes) if (random() < 0.15) dated(node as unknown as Record<string, PropertyValue | undefined>, 0.3);
  return dataset;
}

async function graphOf(url: string) {
  const response = await service.app.inject(url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json() as { attributes: Record<string, unknown>; nodes: { key: string }[]; edges: { key: string }[] };
}

/** For each date and undated choice: the served network against the model's, and its counts of what was left out. */
async function expectOneRule(map: string): Promise<{ differs: boolean }> {
  const whole = await graphOf(`/api/maps/${map}/graph`);
  const data = Graph.from(whole as never) as unknown as ScopeGraph;
  const facets = buildFacetIndex(data);
  const sizes = new Set<number>();
  for (const asOf of DATES) {
    for (const undated of [false, true]) {
      const served = await graphOf(`/api/maps/${map}/graph?asOf=${asOf}${undated ? '&undated=include' : ''}`);
      const model = scopeVisibility(data, facets, { ...NO_SCOPE_FILTERS, asOf, undated });
      const where = `${map} on ${asOf}${undated ? ', undated counted' : ''}`;
      expect(served.nodes.map((n) => n.key).sort(), where).toEqual([...model.nodes].sort());
      expect(served.edges.map((e) => e.key).sort(), where).toEqual([...model.edges].sort());
      if (!undated) {
        expect(served.attributes.undatedTies, where).toBe(model.undated.edges.size);
        expect(served.attributes.undatedNodes, where).toBe(model.undated.nodes.size);
      }
      sizes.add(served.edges.length);
    }
  }
  return { differs: sizes.size > 2 };
}

describe('the network on a date', () => {
  it('is the same in Cypher and in the model on every seed map', async () => {
    for (const { id } of SEED_MAPS) await expectOneRule(id);
  });

  it('is the same in Cypher and in the model on a map dated at every precision, with undated, ended and later ties', async () => {
    const dataset = datedDataset();
    const map = await loadMap(service.db, 'Dated alliance', dataset);
    const { differs } = await expectOneRule(map);
    // The dates chosen must tell networks apart, or the comparison proves little.
    expect(differs).toBe(true);
    const whole = await graphOf(`/api/maps/${map}/graph`);
    const onDate = await graphOf(`/api/maps/${map}/graph?asOf=2019`);
    expect(onDate.attributes).toMatchObject({ asOf: '2019', day: '2019-01-01', undated: 'exclude' });
    expect(onDate.attributes.undatedTies).toBeGreaterThan(0);
    expect(onDate.edges.length).toBeLessThan(whole.edges.length);
    expect(whole.attributes.undatedTies).toBeUndefined();
  });

  it('refuses a date that is not on the calendar, saying why', async () => {
    const map = SEED_MAPS[0].id;
    for (const [url, field] of [[`/api/maps/${map}/graph?asOf=2022-02-30`, '/asOf'], [`/api/maps/${map}/stats?asOf=2021-13`, '/asOf'], [`/api/search?q=house&asOf=31-03-2022`, '/asOf']] as const) {
      const response = await service.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      const body = response.json();
      expect(body.fields?.[0], url).toMatchObject({ field, code: 'bad_date' });
    }
    const february = (await service.app.inject(`/api/maps/${map}/graph?asOf=2022-02-30`)).json();
    expect(february.message).toContain('February 2022 has 28 days');
  });
});
