/** The rules around every write, between the routes (HTTP) and the repositories (Cypher). */
import type { Static } from 'typebox';
import type { Entity, Tie } from '../db/records.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { TieType } from '../model/model.ts';
import type { EntityRepository, MergeResult } from '../repositories/entityRepository.ts';
import type { TieRepository } from '../repositories/tieRepository.ts';
import type { NodeCreateBody, NodeUpdateBody, TieCreateBody, TieUpdateBody, VersionedRef } from '../contract/writes.ts';
import { checkTieEnds, defaultTieId, idCandidates, nodeProperties, tieProperties, type NodeFields } from './writeRules.ts';

export class EntityService {
  constructor(private readonly entities: EntityRepository, private readonly ties: TieRepository) {}

  async createNode(body: Static<typeof NodeCreateBody>): Promise<Entity> {
    const { nodeType, id, ...fields } = body;
    const properties = nodeProperties(fields, 'create');
    return this.entities.create(nodeType, properties, { fixedId: id, candidates: idCandidates(nodeType, body.name) });
  }

  async updateNode(id: string, body: Static<typeof NodeUpdateBody>): Promise<Entity> {
    return this.entities.update(id, body.version, nodeProperties(body.changes as NodeFields, 'update'));
  }

  async deleteNode(id: string, version: number): Promise<{ deleted: string; ties: number }> {
    return this.entities.delete(id, version);
  }

  /** The 404 for an id no node has: it says where the node went if it was merged into another. */
  async missingNode(id: string): Promise<NotFoundError> {
    const into = await this.entities.mergedInto(id);
    return into ? new NotFoundError(`"${id}" was merged into "${into.name}" (id ${into.id}).`, 'merged_away') : new NotFoundError(`No node has the id "${id}".`);
  }

  async mergeOrganisations(survivor: Static<typeof VersionedRef>, merged: Static<typeof VersionedRef>): Promise<MergeResult> {
    if (survivor.id === merged.id) {
      throw new BadRequestError('An organisation cannot be merged with itself: choose two different ones.', [{ field: '/merged/id', code: 'not_allowed', message: 'must differ from survivor.id' }]);
    }
    return this.entities.mergeOrganisations(survivor, merged);
  }

  async createTie(body: Static<typeof TieCreateBody>): Promise<Tie> {
    const { tieType, from, to, ...fields } = body;
    if (from === to) throw new BadRequestError('A tie must join two different nodes.', [{ field: '/to', code: 'not_allowed', message: 'must differ from "from"' }]);
    const properties = tieProperties(tieType, fields, 'create');
    const base = defaultTieId(tieType, from, to);
    const ids = [base, ...Array.from({ length: 49 }, (_, i) => `${base}~${i + 2}`)];
    return this.ties.create(tieType, { from, to }, properties, ids, (fromLabel, toLabel) => checkTieEnds(tieType, fromLabel, toLabel));
  }

  async updateTie(id: string, body: Static<typeof TieUpdateBody>): Promise<Tie> {
    return this.ties.update(id, body.version, (tie) => tieProperties(tie.tieType, body.changes, 'update'));
  }

  async deleteTie(id: string, version: number): Promise<{ deleted: string }> {
    return this.ties.delete(id, version);
  }

  async tie(id: string): Promise<Tie> {
    const tie = await this.ties.find(id);
    if (!tie) throw new NotFoundError(`No tie has the id "${id}".`);
    return tie;
  }
}
