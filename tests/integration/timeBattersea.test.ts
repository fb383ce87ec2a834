/**
 * "How did the network change after Battersea Together?" on the real Neo4j and the seed: the
 * compare route between the day before the event and the end of the month of its last follow-up
 * meeting gives exactly the difference derived by hand from the documents (tests/fixtures/time).
 */
import { describe, expect, it } from 'vitest';
import {
  ADDED_MEMBERS, ADDED_ORGANISATIONS, ADDED_TIES, AFTER, BATTERSEA_MAP, BEFORE, ENDED_ORGANISATIONS, ENDED_TIES, FIGURES,
} from '../fixtures/time/battersea.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON
type Json = Record<string, any>;
const get = async (url: string) => {
  const res = await service.app.inject(url);
  return { status: res.statusCode, body: res.json() as Json };
};
const key = (t: { type: string; from: string; to: string }) => `${t.type} ${t.from} → ${t.to}`;
const answerKey = (t: Json) => key({ type: t.tieType, from: t.from.id, to: t.to.id });

describe('Battersea before and after Battersea Together', () => {
  it('differs by what the documents describe: the presenters, their memberships and the follow-up meetings', async () => {
    const { status, body } = await get(`/api/maps/${BATTERSEA_MAP}/compare?from=${BEFORE}&to=${AFTER}`);
    expect(status).toBe(200);
    expect(body.added.ties.map(answerKey).sort()).toEqual(ADDED_TIES.map(key).sort());
    expect(body.ended.ties.map(answerKey)).toEqual(ENDED_TIES.map(key));
    expect(body.added.organisations.map((o: Json) => o.id).sort()).toEqual([...ADDED_ORGANISATIONS].sort());
    expect(body.ended.organisations.map((o: Json) => o.id)).toEqual(ENDED_ORGANISATIONS);
    const members = body.added.members.map((m: Json) => ({ tier: m.tier, organisations: m.organisations.map((o: Json) => o.id).sort() }));
    expect(members).toEqual(ADDED_MEMBERS.map((m) => ({ tier: m.tier, organisations: [...m.organisations].sort() })));
    expect(body.added.ties).toHaveLength(FIGURES.addedTies);
    expect(body.before).toMatchObject({ organisations: FIGURES.before.organisations, coreMembers: FIGURES.before.coreMembers, undatedTies: FIGURES.undatedTies });
    expect(body.after).toMatchObject({ organisations: FIGURES.after.organisations, coreMembers: FIGURES.after.coreMembers, undatedTies: FIGURES.undatedTies });
    // The associate memberships link to the event they were made at.
    const madeAt = body.added.ties.filter((t: Json) => t.madeAt?.id === 'event-battersea-together-2021');
    expect(madeAt).toHaveLength(FIGURES.madeAtBatterseaTogether);
    expect(body.summary.join(' ')).toMatch(/1 of the 28 presenters at Battersea Together[^.]*\(8 Oct 2021\) gained their first tie to a core member/);
  });

  it('shows the network on each date with the counts derived by hand', async () => {
    for (const [date, figures] of [[BEFORE, FIGURES.before], [AFTER, FIGURES.after]] as const) {
      const { status, body } = await get(`/api/maps/${BATTERSEA_MAP}/analysis/health?asOf=${date}`);
      expect(status, date).toBe(200);
      expect(body.scope, date).toMatchObject({ organisations: figures.organisations, nodes: figures.nodes, ties: figures.ties, undatedTies: FIGURES.undatedTies, undatedNodes: FIGURES.undatedNodes });
    }
  });
});
