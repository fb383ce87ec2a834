/**
 * Compare two dates and the growth trend on the real Neo4j: a small dated alliance written through
 * the API into a map of its own, compared through the routes, answers checked by hand and against
 * the pure analysis on the graph the map serves; bad dates and dates the wrong way round refused.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import Graph from 'graphology';
import { NO_SCOPE_FILTERS } from '../../graph-service/src/analysis/index.ts';
import { compareDates } from '../../graph-service/src/analysis/time/index.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
let map: string;

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON
type Json = Record<string, any>;
const get = async (url: string) => {
  const res = await service.app.inject(url);
  return { status: res.statusCode, body: res.json() as Json };
};
const post = async (url: string, payload: Json) => {
  const res = await service.app.inject({ method: 'POST', url, payload });
  if (res.statusCode !== 201) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
  return res.json() as Json;
};
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

beforeAll(async () => {
  map = (await post('/api/maps', { title: 'Dated alliance' })).id;
  const at = `/api/maps/${map}`;
  const source = 'dated alliance test';
  await post(`${at}/nodes`, { id: 'alliance-x', nodeType: 'Alliance', name: 'X Alliance', source });
  for (const id of ['a', 'b', 'c', 'd', 'f', 'g']) await post(`${at}/nodes`, { id: `org-${id}`, nodeType: 'Organisation', name: `Org ${id.toUpperCase()}`, source });
  await post(`${at}/nodes`, { id: 'event-e', nodeType: 'Event', name: 'Event E', source, properties: { date: '2021-10-08' } });
  const tie = (tieType: string, from: string, to: string, extra: Json = {}) => post(`${at}/ties`, { tieType, from, to, source, ...extra });
  await tie('MEMBER_OF', 'org-a', 'alliance-x', { since: '2016', properties: { tier: 'core' } });
  await tie('MEMBER_OF', 'org-b', 'alliance-x', { since: '2016', properties: { tier: 'core' } });
  await tie('CONNECTED_WITH', 'org-a', 'org-b', { since: '2017' });
  await tie('FUNDS', 'org-a', 'org-g', { since: '2018', until: '2021-12' });
  await tie('ATTENDED', 'org-c', 'event-e', { since: '2021-10-08', properties: { role: 'presented' } });
  await tie('ATTENDED', 'org-d', 'event-e', { since: '2021-10-08', properties: { role: 'presented' } });
  await tie('HOSTED', 'org-a', 'event-e', { since: '2021-10-08' });
  await tie('CONNECTED_WITH', 'org-c', 'org-a', { since: '2021-11', properties: { madeAt: 'event-e' } });
  await tie('CONNECTED_WITH', 'org-d', 'org-c', { since: '2022-02' });
  await tie('MEMBER_OF', 'org-d', 'alliance-x', { since: '2022-01', properties: { tier: 'delivery partner' } });
  await tie('CONNECTED_WITH', 'org-f', 'org-b');
});

describe('GET /api/maps/:map/compare', () => {
  it('answers what began and ended between the two dates, the figures of each, in words', async () => {
    const { status, body } = await get(`/api/maps/${map}/compare?from=2021-10-07&to=2022-03-31`);
    expect(status).toBe(200);
    expect(body.before).toMatchObject({ date: '2021-10-07', organisations: 3, workingTies: 2, coreMembers: 2, nearCoreCount: 3, undatedTies: 1 });
    expect(body.after).toMatchObject({ date: '2022-03-31', organisations: 4, workingTies: 3, coreMembers: 2, nearCoreCount: 4, undatedTies: 1 });
    expect(ids(body.added.ties).sort()).toEqual(['ATTENDED:org-c->event-e', 'ATTENDED:org-d->event-e', 'CONNECTED_WITH:org-c->org-a', 'CONNECTED_WITH:org-d->org-c', 'HOSTED:org-a->event-e', 'MEMBER_OF:org-d->alliance-x']);
    expect(body.added.ties.find((t: Json) => t.tieType === 'CONNECTED_WITH' && t.from.id === 'org-c').madeAt).toEqual({ id: 'event-e', name: 'Event E', nodeType: 'Event' });
    expect(ids(body.ended.ties)).toEqual(['FUNDS:org-a->org-g']);
    expect(ids(body.added.organisations)).toEqual(['org-c', 'org-d']);
    expect(ids(body.ended.organisations)).toEqual(['org-g']);
    expect(body.added.members).toEqual([{ tier: 'delivery partner', organisations: [{ id: 'org-d', name: 'Org D', nodeType: 'Organisation' }] }]);
    expect(body.summary).toContain('1 of the 2 presenters at Event E (8 Oct 2021) gained their first tie to a core member.');
    expect(body.scope).toMatchObject({ undatedTies: 1, filtered: true });
  });

  it('is the pure analysis of the graph the map serves', async () => {
    const graph = await service.app.inject(`/api/maps/${map}/graph`);
    const data = Graph.from(graph.json());
    const { body } = await get(`/api/maps/${map}/compare?from=2021-10-07&to=2022-03-31`);
    expect(body).toEqual(JSON.parse(JSON.stringify(compareDates(data as never, NO_SCOPE_FILTERS, '2021-10-07', '2022-03-31'))));
  });

  it('counts undated ties when asked, and keeps to the scope filters', async () => {
    const counted = await get(`/api/maps/${map}/compare?from=2021-10-07&to=2022-03-31&undated=include`);
    expect(counted.body.before).toMatchObject({ organisations: 4, workingTies: 3, undatedTies: 1 });
    expect(counted.body.summary).toContain('1 tie with no known start is counted as holding.');
    const informal = await get(`/api/maps/${map}/compare?from=2021-10-07&to=2022-03-31&tieTypes=CONNECTED_WITH`);
    expect(ids(informal.body.added.ties).sort()).toEqual(['CONNECTED_WITH:org-c->org-a', 'CONNECTED_WITH:org-d->org-c']);
  });

  it('refuses dates that are not on the calendar, the wrong way round, missing, or with asOf', async () => {
    const wrongWay = await get(`/api/maps/${map}/compare?from=2022-03-31&to=2021-10-07`);
    expect(wrongWay.status).toBe(400);
    expect(wrongWay.body).toMatchObject({ error: 'invalid_fields', fields: [{ field: '/from', code: 'date_order' }] });
    expect(wrongWay.body.message).toMatch(/earlier date as "from"/);
    const notReal = await get(`/api/maps/${map}/compare?from=2021-02-31&to=2022-03-31`);
    expect(notReal.status).toBe(400);
    expect(notReal.body.fields).toEqual([expect.objectContaining({ field: '/from', code: 'bad_date' })]);
    for (const query of ['from=2021-10-07', 'from=2021-10-07&to=March', 'from=2021&to=2022&asOf=2021']) expect((await get(`/api/maps/${map}/compare?${query}`)).status, query).toBe(400);
  });
});

describe('GET /api/maps/:map/analysis/growth', () => {
  it('gives the figures at the end of every quarter, the last one the compare\'s later day', async () => {
    const { status, body } = await get(`/api/maps/${map}/analysis/growth?by=quarter`);
    expect(status).toBe(200);
    expect(body.by).toBe('quarter');
    expect(body.points.map((p: Json) => p.label).slice(0, 2)).toEqual(['2016 Q1', '2016 Q2']);
    expect(body.points.at(-1)).toMatchObject({ label: '2022 Q1', date: '2022-03-31', figures: { organisations: 4, workingTies: 3 } });
    expect(body.summary[0]).toMatch(/^Between the end of 2016 Q1 and the end of 2022 Q1/);
  });

  it('gives the figures on the day of every event, between from and to', async () => {
    const { body } = await get(`/api/maps/${map}/analysis/growth?by=event&from=2021&to=2021-12`);
    expect(body.points).toEqual([expect.objectContaining({ label: 'Event E', date: '2021-10-08', event: { id: 'event-e', name: 'Event E', nodeType: 'Event' } })]);
    expect((await get(`/api/maps/${map}/analysis/growth?from=2022&to=2021`)).status).toBe(400);
    expect((await get(`/api/maps/${map}/analysis/growth?by=month`)).status).toBe(400);
  });
});

describe('GET /api/maps/:map/reports/health', () => {
  it('has the trend section and the change in words', async () => {
    const res = await service.app.inject(`/api/maps/${map}/reports/health`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="report-trend"');
    expect(res.body).toContain('1 of the 2 presenters at Event E (8 Oct 2021) gained their first tie to a core member.');
  });
});
