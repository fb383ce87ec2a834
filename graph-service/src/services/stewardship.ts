/**
 * What a steward may change: their organisation's own record, and the ties that touch it. The
 * route's `needs('steward')` lets any member who is a steward through; this is the check, per node
 * or tie, that the write is about one of their organisations. Editors and admins pass always.
 */
import type { Viewer } from '../access.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import type { EntityService } from './entityService.ts';

function refuse(viewer: Viewer, what: string): never {
  throw new ForbiddenError('steward', `As a steward you may change ${viewer.stewardOf.length === 1 ? 'your organisation' : 'your organisations'} (${viewer.stewardOf.join(', ')}) and ties that touch ${viewer.stewardOf.length === 1 ? 'it' : 'them'}; ${what}. Ask an editor of this map.`);
}

export class Stewardship {
  constructor(private readonly entities: EntityService) {}

  /** A change to a node: a steward's own organisation only. */
  node(viewer: Viewer, id: string): void {
    if (viewer.mayWrite) return;
    if (!viewer.stewardOf.includes(id)) refuse(viewer, `"${id}" is not one of them`);
  }

  /** A new tie: one of its ends is the steward's organisation. */
  newTie(viewer: Viewer, from: string, to: string): void {
    if (viewer.mayWrite) return;
    if (!viewer.stewardOf.includes(from) && !viewer.stewardOf.includes(to)) refuse(viewer, `a tie between "${from}" and "${to}" touches neither`);
  }

  /** A change to (or deletion of) a stored tie: one of its ends is the steward's organisation. */
  async tie(viewer: Viewer, map: string, id: string): Promise<void> {
    if (viewer.mayWrite) return;
    const tie = await this.entities.tie(map, id).catch((error: unknown) => {
      // A steward learns no more about a tie they may not change than that they may not change it.
      if (error instanceof NotFoundError) refuse(viewer, `there is no such tie of theirs ("${id}")`);
      throw error;
    });
    if (!viewer.stewardOf.includes(tie.from) && !viewer.stewardOf.includes(tie.to)) refuse(viewer, `the tie "${id}" touches neither`);
  }
}
