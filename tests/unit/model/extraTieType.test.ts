/**
 * Adding a tie type is one entry in the model: the app's legend, filters, describer and editor
 * options, the import's type matcher and the write rules all pick it up from that entry alone.
 */
import { describe, expect, it } from 'vitest';
import { legendEntries, tieKind } from '../../../app/src/core/appearance/ties';
import { filterGroups } from '../../../app/src/core/filters';
import type { Tie, TieType } from '../../../app/src/core/graph/types';
import { describeTie, groupTies, tieOptions } from '../../../app/src/core/ties';
import { MultiDirectedGraph } from 'graphology';
import { organisationNetwork } from '../../../graph-service/src/analysis/projection.ts';
import type { AtlasGraph } from '../../../graph-service/src/analysis/types.ts';
import { tieTypeMatcher } from '../../../graph-service/src/interchange/typeNames.ts';
import { MODEL, type AtlasModel, type TieTypeEntry } from '../../../graph-service/src/model/model.ts';
import { tieEndProblems, validateTie } from '../../../graph-service/src/model/rules/index.ts';

const MENTORS: TieTypeEntry = {
  from: ['Organisation'],
  to: ['Organisation'],
  properties: { focus: { kind: 'text' }, hours: { kind: 'amount' } },
  wording: { out: 'Mentors', in: 'Mentored by', outGroup: 'Organisations mentored', inGroup: 'Mentors', phrase: 'mentors' },
  symmetric: false,
  kind: 'informal',
  panelRank: 4.5,
  detail: { property: 'focus' },
  synonyms: ['mentor', 'mentoring', 'mentoredby'],
  staleness: 'current',
  network: 'reported',
};

const model: AtlasModel = { ...MODEL, tieTypes: { ...MODEL.tieTypes, MENTORS } };
const mentors = 'MENTORS' as TieType;

function tie(direction: 'out' | 'in', other: string, properties: Tie['properties'] = {}): Tie {
  return { id: `t-${other}`, tieType: mentors, direction, other: { id: other, name: other, nodeType: 'Organisation' }, properties };
}

describe('a model with one extra tie type', () => {
  it('puts it in the legend under its kind group, with the group\'s colour', () => {
    const informal = legendEntries(model).find((k) => k.id === 'informal')!;
    expect(informal.tieTypes).toEqual(['CONNECTED_WITH', 'MENTORS']);
    expect(tieKind(mentors, legendEntries(model), model)).toMatchObject({ id: 'informal', color: MODEL.kindGroups.informal.color });
    expect(legendEntries().flatMap((k) => k.tieTypes)).not.toContain('MENTORS');
  });

  it('offers it in the tie filter group', () => {
    expect(filterGroups(model).find((g) => g.id === 'informal')!.tieTypes).toContain('MENTORS');
    expect(filterGroups(model).flatMap((g) => g.tieTypes)).toHaveLength(Object.keys(MODEL.tieTypes).length + 1);
  });

  it('describes it both ways, with its detail, and groups it by its panel rank', () => {
    expect(describeTie(tie('out', 'Youth Club', { focus: 'governance' }), model)).toMatchObject({ verb: 'Mentors', detail: 'governance' });
    expect(describeTie(tie('in', 'Big Charity'), model).verb).toBe('Mentored by');
    const groups = groupTies([tie('in', 'Big Charity'), { ...tie('out', 'Funder'), tieType: 'FUNDS' }, tie('out', 'Youth Club')], model);
    expect(groups.map((g) => g.heading)).toEqual(['Funding given', 'Organisations mentored', 'Mentors']);
  });

  it('offers it to organisations in the tie editor, worded from each end', () => {
    const options = tieOptions('Organisation', model).filter((o) => o.tieType === mentors);
    expect(options.map((o) => [o.key, o.label])).toEqual([['MENTORS:out', 'Mentors'], ['MENTORS:in', 'Mentored by']]);
    expect(tieOptions('Person', model).some((o) => o.tieType === mentors)).toBe(false);
  });

  it('matches its name and synonyms on import, and the real model does not', () => {
    const match = tieTypeMatcher(model);
    for (const text of ['MENTORS', 'mentoring', 'Mentored by']) expect(match(text)).toEqual({ ok: true, value: 'MENTORS' });
    expect(match('nonsense')).toMatchObject({ ok: false, reason: expect.stringMatching(/use one of .*CONNECTED_WITH, MENTORS$/) });
    expect(tieTypeMatcher()('mentoring').ok).toBe(false);
  });

  it('checks its ends and its property kinds in the write rules', () => {
    expect(validateTie('MENTORS', { source: 'doc', properties: { focus: 'governance', hours: 12 } }, 'create', { model }).problems).toEqual([]);
    expect(validateTie('MENTORS', { source: 'doc', properties: { hours: -1 } }, 'create', { model }).problems).toEqual([expect.objectContaining({ field: '/properties/hours', code: 'wrong_type' })]);
    expect(validateTie('MENTORS', { source: 'doc' }, 'create').problems).toEqual([expect.objectContaining({ field: '/tieType', code: 'not_allowed' })]);
    const ends = (label: string) => tieEndProblems({ type: 'MENTORS', from: { id: 'a', label }, to: { id: 'b', label: 'Organisation' } }, model);
    expect(ends('Organisation')).toEqual([]);
    expect(ends('Person')).toEqual([expect.objectContaining({ field: '/from', code: 'wrong_end' })]);
  });

  it('joins two organisations in the analysis by the network role it is given', () => {
    const data: AtlasGraph = new MultiDirectedGraph();
    for (const id of ['org-big', 'org-small']) data.addNode(id, { name: id, nodeType: 'Organisation' });
    data.addEdge('org-big', 'org-small', { tieType: mentors });
    const tie = organisationNetwork(data, { model, asOf: '2026-01-01' }).graph;
    expect(tie.hasEdge('org-big', 'org-small')).toBe(true);
    expect(tie.getEdgeAttributes('org-big', 'org-small')).toMatchObject({ weight: 1, structural: true });
    // The real model does not know MENTORS, so it joins nothing there.
    expect(organisationNetwork(data, { asOf: '2026-01-01' }).graph.size).toBe(0);
    const asContext: AtlasModel = { ...model, tieTypes: { ...model.tieTypes, MENTORS: { ...MENTORS, network: 'none' } } };
    expect(organisationNetwork(data, { model: asContext, asOf: '2026-01-01' }).graph.size).toBe(0);
  });

  it('cannot be written without deciding every fact about it (checked by the compiler)', () => {
    // @ts-expect-error: an entry without wording, kind group, synonyms or staleness is not a tie type entry
    const incomplete: TieTypeEntry = { from: ['Organisation'], to: ['Organisation'], properties: {} };
    expect(incomplete.from).toEqual(['Organisation']);
  });
});
