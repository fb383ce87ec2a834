/**
 * Maps as a whole: the list with headline figures, one map's record (create, change, archive,
 * delete, duplicate), its saved layout, and copying a node into another map.
 *
 * The figures come from the project's analysis (analysisContext + networkHealth) over the map's
 * graph as the caller may see it. They are cached per map and viewer kind, keyed by the map's
 * fingerprint (its node and tie counts and the latest updatedAt among them): any write, merge,
 * import or delete in the map changes the fingerprint, so the next list computes them again.
 */
import Graph from 'graphology';
import { analysisContext, networkHealth, type AtlasEdgeAttributes, type AtlasNodeAttributes } from '../analysis/index.ts';
import type { Static } from 'typebox';
import type { CopiedNode, Duplicated, LayoutAnswer, MapChanges, MapCreateBody, MapDeleted, MapFigures, MapWithFigures } from '../contract/maps.ts';
import { BadRequestError, MapArchivedError, NoMapError } from '../errors.ts';
import { MAP_APPEARANCE_LENGTH, mapIdFor, type MapAppearance, type MapPositions, type MapRecord } from '../model/maps.ts';
import type { NodeLabel } from '../model/model.ts';
import type { SerializedGraph } from '../repositories/graphReads.ts';
import type { MapContentRepository } from '../repositories/mapContentRepository.ts';
import type { MapChangeSet, MapFingerprint } from '../repositories/mapRepository.ts';

type Figures = Static<typeof MapFigures>;

/** Where a map's graph is read from (the graph repository): the same read the analysis routes use. */
export interface MapGraphs {
  graph(map: string, filter: { hidden?: NodeLabel[] }): Promise<SerializedGraph>;
}

function appearanceText(appearance: MapAppearance, field: string): string {
  const text = JSON.stringify(appearance);
  if (text.length > MAP_APPEARANCE_LENGTH) {
    throw new BadRequestError(`The appearance is too large: keep it under ${MAP_APPEARANCE_LENGTH} characters of JSON.`, [
      { field, code: 'too_large', message: `keep it under ${MAP_APPEARANCE_LENGTH} characters of JSON` },
    ]);
  }
  return text;
}

export class MapService {
  private readonly figureCache = new Map<string, { fingerprint: string; figures: Figures }>();

  constructor(private readonly maps: MapContentRepository, private readonly graphs: MapGraphs) {}

  async list(includeArchived: boolean, hidden: NodeLabel[]): Promise<{ maps: Static<typeof MapWithFigures>[] }> {
    const maps = await this.maps.list(includeArchived);
    const prints = await this.maps.fingerprints(maps.map((m) => m.id));
    const figures = await Promise.all(maps.map((m) => this.figures(m.id, hidden, prints.get(m.id))));
    return { maps: maps.map((m, i) => ({ ...m, figures: figures[i] })) };
  }

  async get(id: string, hidden: NodeLabel[]): Promise<Static<typeof MapWithFigures>> {
    const map = await this.found(id);
    const prints = await this.maps.fingerprints([id]);
    return { ...map, figures: await this.figures(id, hidden, prints.get(id)) };
  }

  async create(body: Static<typeof MapCreateBody>): Promise<MapRecord> {
    if (body.appearance) appearanceText(body.appearance, '/appearance');
    const title = body.title.trim();
    if (!title) throw new BadRequestError('The map was not created: the title cannot be blank.', [{ field: '/title', code: 'blank', message: 'cannot be blank' }]);
    const taken = await this.maps.ids();
    return this.maps.create({ ...body, id: body.id ?? mapIdFor(title, (id) => taken.has(id)), title });
  }

  /** An archived map takes only a change that unarchives it (with other changes or not). */
  async update(id: string, version: number, changes: Static<typeof MapChanges>): Promise<MapRecord> {
    const set: MapChangeSet = {};
    if (changes.title !== undefined) set.title = changes.title.trim();
    if (changes.description !== undefined) set.description = changes.description;
    if (changes.owner !== undefined) set.owner = changes.owner;
    if (changes.archived !== undefined) set.archived = changes.archived;
    if (changes.appearance !== undefined) set.appearance = changes.appearance === null ? null : appearanceText(changes.appearance, '/changes/appearance');
    if (set.title === '') throw new BadRequestError('The map was not changed: the title cannot be blank.', [{ field: '/changes/title', code: 'blank', message: 'cannot be blank' }]);
    return this.maps.update(id, version, set, (current) => {
      if (current.archived && changes.archived !== false) throw new MapArchivedError(current.title);
    });
  }

  async delete(id: string, version: number): Promise<Static<typeof MapDeleted>> {
    const removed = await this.maps.deleteMap(id, version);
    for (const key of this.figureCache.keys()) if (key.startsWith(`${id}\n`)) this.figureCache.delete(key);
    return { deleted: id, ...removed };
  }

  async duplicate(from: string, body: { title: string; id?: string }): Promise<Static<typeof Duplicated>> {
    const title = body.title.trim();
    if (!title) throw new BadRequestError('The map was not duplicated: the title cannot be blank.', [{ field: '/title', code: 'blank', message: 'cannot be blank' }]);
    const taken = await this.maps.ids();
    return this.maps.duplicate(from, { id: body.id ?? mapIdFor(title, (id) => taken.has(id)), title });
  }

  async layout(id: string): Promise<Static<typeof LayoutAnswer>> {
    return this.maps.layout(id);
  }

  async saveLayout(id: string, positions: Record<string, number[]>): Promise<Static<typeof LayoutAnswer>> {
    return this.maps.saveLayout(id, positions as MapPositions);
  }

  async copyNode(from: string, id: string, to: string): Promise<Static<typeof CopiedNode>> {
    if (to === from) throw new BadRequestError(`"${id}" is already in the map "${from}": choose another map to copy it to.`, [{ field: '/to', code: 'not_allowed', message: 'must be another map' }]);
    return { map: to, node: await this.maps.copyNode(from, id, to) };
  }

  private async found(id: string): Promise<MapRecord> {
    const map = await this.maps.find(id);
    if (!map) throw new NoMapError(id);
    return map;
  }

  private async figures(map: string, hidden: NodeLabel[], print: MapFingerprint | undefined): Promise<Figures> {
    const key = `${map}\n${[...hidden].sort().join(',')}`;
    const fingerprint = JSON.stringify(print ?? null);
    const cached = this.figureCache.get(key);
    if (cached?.fingerprint === fingerprint) return cached.figures;
    const data = Graph.from((await this.graphs.graph(map, { hidden })) as never) as unknown as Graph<AtlasNodeAttributes, AtlasEdgeAttributes>;
    const health = networkHealth(analysisContext(data));
    const figures = { organisations: health.organisations, workingTies: health.ties, isolated: health.isolated, clusters: health.clusters };
    this.figureCache.set(key, { fingerprint, figures });
    return figures;
  }
}
