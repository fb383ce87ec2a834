/** The rules around every write, between the routes (HTTP) and the repositories (Cypher). */
import type { Static } from 'typebox';
import type { Actor } from '../access.ts';
import type { Entity, Tie } from '../db/records.ts';
import { BadRequestError, DuplicateTieError, NotFoundError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import type { FieldProblem } from '../model/problems.ts';
import { changeTouchesDuplicateRule, duplicateTie, nodeIdCandidates, problemSummary, selfTieProblems, tieEndProblems, tieIdCandidates, validateNode, validateTie, type NodeInput } from '../model/rules/index.ts';
import type { EntityRepository, MergeResult } from '../repositories/entityRepository.ts';
import type { RepeatCheck, TieRepository } from '../repositories/tieRepository.ts';
import type { NodeCreateBody, NodeUpdateBody, TieCreateBody, TieUpdateBody, VersionedRef } from '../contract/writes.ts';

/** Services throw, rules report: a write with problems is refused with all of them. */
function accepted<T extends { problems: FieldProblem[] }>(result: T, what: string): T {
  if (result.problems.length > 0) throw new BadRequestError(problemSummary(result.problems, what), result.problems);
  return result;
}

export class EntityService {
  constructor(private readonly entities: EntityRepository, private readonly ties: TieRepository) {}

  async createNode(map: string, actor: Actor, body: Static<typeof NodeCreateBody>): Promise<Entity> {
    const { nodeType, id, ...fields } = body;
    const { properties } = accepted(validateNode(fields, 'create'), 'new entry');
    return this.entities.create(map, actor, nodeType, properties, { fixedId: id, candidates: nodeIdCandidates(nodeType, body.name) });
  }

  async updateNode(map: string, actor: Actor, id: string, body: Static<typeof NodeUpdateBody>): Promise<Entity> {
    return this.entities.update(map, actor, id, body.version, accepted(validateNode(body.changes as NodeInput, 'update', { at: '/changes' }), 'change').properties);
  }

  async deleteNode(map: string, actor: Actor, id: string, version: number): Promise<{ deleted: string; ties: number }> {
    return this.entities.delete(map, actor, id, version);
  }

  /** The 404 for an id no node of the map has: it says where the node went if it was merged into another. */
  async missingNode(map: string, id: string): Promise<NotFoundError> {
    const into = await this.entities.mergedInto(map, id);
    return into ? new NotFoundError(`"${id}" was merged into "${into.name}" (id ${into.id}).`, 'merged_away') : new NotFoundError(`No node in this map has the id "${id}".`);
  }

  async mergeOrganisations(map: string, actor: Actor, survivor: Static<typeof VersionedRef>, merged: Static<typeof VersionedRef>): Promise<MergeResult> {
    if (survivor.id === merged.id) {
      throw new BadRequestError('An organisation cannot be merged with itself: choose two different ones.', [{ field: '/merged/id', code: 'not_allowed', message: 'must differ from survivor.id' }]);
    }
    return this.entities.mergeOrganisations(map, actor, survivor, merged);
  }

  async createTie(map: string, actor: Actor, body: Static<typeof TieCreateBody>): Promise<Tie> {
    const { tieType, from, to, ...fields } = body;
    accepted({ problems: selfTieProblems(from, to) }, 'new tie');
    const { properties } = accepted(validateTie(tieType, fields, 'create'), 'new tie');
    const checkEnds = (fromLabel: NodeLabel, toLabel: NodeLabel) => void accepted({ problems: tieEndProblems({ type: tieType, from: { id: from, label: fromLabel }, to: { id: to, label: toLabel } }) }, 'new tie');
    const checkRepeat = (existing: Tie[], names: { from: string; to: string }) => {
      const same = duplicateTie(tieType, { ...properties, from, to }, existing);
      if (same) throw new DuplicateTieError(`"${names.from}" and "${names.to}" already have a ${tieType} tie (${same.id}) over the same time. Change that tie instead, or give the new one dates that do not overlap it.`, same);
    };
    return this.ties.create(map, actor, tieType, { from, to }, properties, tieIdCandidates(tieType, from, to), checkEnds, checkRepeat);
  }

  async updateTie(map: string, actor: Actor, id: string, body: Static<typeof TieUpdateBody>): Promise<Tie> {
    // New dates (or a new detail) can make a tie repeat another of its type between the same two nodes; other changes cannot.
    const checkRepeat: RepeatCheck = async (changed, changes, others) => {
      if (!changeTouchesDuplicateRule(changed.tieType, changes)) return;
      const same = duplicateTie(changed.tieType, changed, await others());
      if (same) throw new DuplicateTieError(`This ${changed.tieType} tie would then cover the same time as ${same.id} between the same two nodes. Change that tie instead, or choose dates that do not overlap it.`, same);
    };
    return this.ties.update(map, actor, id, body.version, (tie) => accepted(validateTie(tie.tieType, body.changes, 'update', { at: '/changes' }), 'change').properties, 'update', checkRepeat);
  }

  async deleteTie(map: string, actor: Actor, id: string, version: number): Promise<{ deleted: string }> {
    return this.ties.delete(map, actor, id, version);
  }

  async tie(map: string, id: string): Promise<Tie> {
    const tie = await this.ties.find(map, id);
    if (!tie) throw new NotFoundError(`No tie in this map has the id "${id}".`);
    return tie;
  }
}
