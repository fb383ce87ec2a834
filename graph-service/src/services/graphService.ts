/** Reads of a map's whole graph and of one of its nodes, with the checks around them (unknown filters, merged ids). */
import type { Static } from 'typebox';
import type { GraphQuery, HealthAnswer, NodeDetailsSchema } from '../contract/graph.ts';
import type { GraphSchema } from '../contract/common.ts';
import { NotFoundError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import { WHOLE_RECORD, type AsOf } from '../model/time.ts';
import type { GraphRepository } from '../repositories/graphRepository.ts';
import type { EntityService } from './entityService.ts';

export class GraphService {
  constructor(private readonly graphs: GraphRepository, private readonly entities: EntityService) {}

  async health(): Promise<Static<typeof HealthAnswer>> {
    return { status: 'ok', neo4j: await this.graphs.counts() };
  }

  async graph(map: string, filter: Static<typeof GraphQuery>, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<Static<typeof GraphSchema>> {
    const { alliance, area } = filter;
    if (alliance && !(await this.graphs.exists(map, alliance, 'Alliance'))) throw new NotFoundError(`No alliance in this map has the id "${alliance}".`);
    if (area && !(await this.graphs.exists(map, area, 'Area'))) throw new NotFoundError(`No area in this map has the id "${area}".`);
    return this.graphs.graph(map, { alliance, area, hidden, asOf });
  }

  async node(map: string, id: string, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<Static<typeof NodeDetailsSchema>> {
    const details = await this.graphs.node(map, id, hidden, asOf);
    if (!details) throw await this.entities.missingNode(map, id);
    return details;
  }
}
