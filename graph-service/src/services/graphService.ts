/** Reads of the whole graph and of one node, with the checks around them (unknown filters, merged ids). */
import type { Static } from 'typebox';
import type { GraphQuery, HealthAnswer, NodeDetailsSchema } from '../contract/graph.ts';
import type { GraphSchema } from '../contract/common.ts';
import { NotFoundError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import type { GraphRepository } from '../repositories/graphRepository.ts';
import type { EntityService } from './entityService.ts';

export class GraphService {
  constructor(private readonly graphs: GraphRepository, private readonly entities: EntityService, private readonly databaseUri: string) {}

  async health(): Promise<Static<typeof HealthAnswer>> {
    return { status: 'ok', neo4j: { uri: this.databaseUri, ...(await this.graphs.counts()) } };
  }

  async graph(filter: Static<typeof GraphQuery>, hidden: NodeLabel[]): Promise<Static<typeof GraphSchema>> {
    const { alliance, area } = filter;
    if (alliance && !(await this.graphs.exists(alliance, 'Alliance'))) throw new NotFoundError(`No alliance has the id "${alliance}".`);
    if (area && !(await this.graphs.exists(area, 'Area'))) throw new NotFoundError(`No area has the id "${area}".`);
    return this.graphs.graph({ alliance, area, hidden });
  }

  async node(id: string, hidden: NodeLabel[]): Promise<Static<typeof NodeDetailsSchema>> {
    const details = await this.graphs.node(id, hidden);
    if (!details) throw await this.entities.missingNode(id);
    return details;
  }
}
