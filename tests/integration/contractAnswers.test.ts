/**
 * Answer schemas are serialisers: a field missing from one is silently dropped. Each answer here,
 * as served, must equal what its service returned (as JSON), for the routes whose answers gained
 * a schema with the contract and for those whose loose schemas became exact.
 */
import { describe, expect, it } from 'vitest';
import { EntityRepository } from '../../graph-service/src/repositories/entityRepository.ts';
import { GraphRepository } from '../../graph-service/src/repositories/graphRepository.ts';
import { TieRepository } from '../../graph-service/src/repositories/tieRepository.ts';
import { NO_SCOPE_FILTERS } from '../../graph-service/src/analysis/scope.ts';
import { AnalysisService } from '../../graph-service/src/services/analysisService.ts';
import { EntityService } from '../../graph-service/src/services/entityService.ts';
import { GraphService } from '../../graph-service/src/services/graphService.ts';
import { ImportService } from '../../graph-service/src/services/importService.ts';
import { QueryService } from '../../graph-service/src/services/queryService.ts';
import { readSeed } from '../../seed/dataset.ts';
import { SEED_MAP, SEED_MAPS, seedMap } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
const { db } = service;
const dataset = seedMap(readSeed(), SEED_MAPS[0].id);
const inMap = `/api/maps/${SEED_MAP}`;
const organisation = dataset.nodes.find((n) => n.label === 'Organisation')!;
const theme = dataset.ties.find((t) => t.type === 'WORKS_ON' && t.lead)!.to;
const AS_OF = '2025-06-30';
const CSV = 'id,name,type,source,since,mergedIds\norg-contract-test,Contract Test Group,Organisation,contract test,2020,\norg-contract-bad,Reserved Name Group,Organisation,contract test,2021,org-x\n';
const graphs = new GraphRepository(db.driver, db.database);
const entities = new EntityService(new EntityRepository(db.driver, db.database), new TieRepository(db.driver, db.database));
const reads = new GraphService(graphs, entities);
const analysis = new AnalysisService(graphs);
const queries = new QueryService(db);
const imports = new ImportService(db);


const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
async function served(url: string, init: { method?: 'GET' | 'POST'; payload?: string; headers?: Record<string, string> } = {}) {
  const response = await service.app.inject({ url, method: init.method ?? 'GET', payload: init.payload, headers: init.headers });
  return { status: response.statusCode, body: response.json() };
}

describe('served answers keep every field their service returned', () => {
  it('the graph and one node', async () => {
    expect((await served(`${inMap}/graph`)).body).toEqual(asJson(await reads.graph(SEED_MAP, {}, [])));
    expect((await served(`${inMap}/nodes/${organisation.id}`)).body).toEqual(asJson(await reads.node(SEED_MAP, organisation.id, [])));
  });

  it('a neighbourhood, a theme and a subgraph page', async () => {
    expect((await served(`${inMap}/nodes/${organisation.id}/neighbourhood?depth=2`)).body)
      .toEqual(asJson(await queries.neighbourhood(SEED_MAP, organisation.id, { depth: 2, limit: 200, types: null, tieTypes: null, hidden: [] })));
    expect((await served(`${inMap}/themes/${theme}`)).body).toEqual(asJson(await queries.theme(SEED_MAP, theme, [])));
    expect((await served(`${inMap}/subgraph?asOf=2020&limit=50`)).body)
      .toEqual(asJson(await queries.subgraph(SEED_MAP, { asOf: '2020', limit: 50, neighbours: false }, [], { date: '2020', undated: false })));
  });

  it('clusters, gap lists, health, what-if and the detectors', async () => {
    // The network on that date, undated ties counted: the date fixes the clock and keeps the whole seed in view.
    const request = { hidden: [], asOf: AS_OF, filters: { ...NO_SCOPE_FILTERS, asOf: AS_OF, undated: true } };
    const onDate = `asOf=${AS_OF}&undated=include`;
    expect((await served(`${inMap}/analysis/clusters?${onDate}`)).body).toEqual(asJson(await analysis.clusters(SEED_MAP, request)));
    expect((await served(`${inMap}/analysis/gaps?${onDate}`)).body).toEqual(asJson(await analysis.gaps(SEED_MAP, { ...request, parameters: {} })));
    expect((await served(`${inMap}/analysis/health?${onDate}`)).body).toEqual(asJson(await analysis.health(SEED_MAP, request)));
    expect((await served(`${inMap}/analysis/what-if?remove=${organisation.id}&${onDate}`)).body)
      .toEqual(asJson(await analysis.whatIf(SEED_MAP, organisation.id, 'closes', request)));
    expect((await served('/api/analysis/detectors')).body).toEqual(asJson(analysis.detectors()));
  });

  it('an import plan, and the plan of a refused commit', async () => {
    const file = { bytes: Buffer.from(CSV), name: 'elements.csv' };
    const expected = asJson(await imports.preview(null, [file]));
    expect(expected.rows.some((r: { problems: unknown[] }) => r.problems.length > 0)).toBe(true);
    const preview = await served('/api/import/preview?name=elements.csv', { method: 'POST', payload: CSV, headers: { 'content-type': 'text/csv' } });
    expect(preview.body).toEqual(expected);
    const refused = await served('/api/import/commit?name=elements.csv&title=Refused', { method: 'POST', payload: CSV, headers: { 'content-type': 'text/csv' } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: 'import_rejected', message: expect.stringMatching(/nothing was written/) });
    expect(refused.body.plan).toEqual(expected);
  });
});
