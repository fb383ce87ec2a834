/**
 * Maps as a whole: the list with headline figures, one map's record (create, change, archive,
 * delete, duplicate), its saved layout, and copying a node into another map.
 *
 * The figures are the analysis service's health figures for the whole map, as the caller may see it. They are cached per map and viewer kind, keyed by the map's
 * fingerprint (its node and tie counts and the latest updatedAt among them): any write, merge,
 * import or delete in the map changes the fingerprint, so the next list computes them again.
 */
import type { Static } from 'typebox';
import type { Actor } from '../access.ts';
import type { CopiedNode, Duplicated, LayoutAnswer, MapChanges, MapCreateBody, MapDeleted, MapFigures, MapWithFigures } from '../contract/maps.ts';
import { BadRequestError, MapArchivedError, NoMapError } from '../errors.ts';
import { MAP_APPEARANCE_LENGTH, type MapAppearance, type MapPositions, type MapRecord } from '../model/maps.ts';
import type { NodeLabel } from '../model/model.ts';
import type { MapContentRepository } from '../repositories/mapContentRepository.ts';
import type { MapChangeSet, MapFingerprint } from '../repositories/mapRepository.ts';
import type { AnalysisService } from './analysisService.ts';

type Figures = Static<typeof MapFigures>;

/** Where the figures come from: the same health figures `GET /api/maps/:map/analysis/health` answers. */
export type MapHealth = Pick<AnalysisService, 'health'>;

/** A map's title as given, trimmed; a blank one is refused with `what` the request was for. */
function titleOf(text: string, field: string, what: string): string {
  const title = text.trim();
  if (!title) throw new BadRequestError(`The map was not ${what}: the title cannot be blank.`, [{ field, code: 'blank', message: 'cannot be blank' }]);
  return title;
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

  constructor(private readonly maps: MapContentRepository, private readonly analysis: MapHealth) {}

  /** `visible` keeps the maps the caller may see (before their figures are computed). */
  async list(includeArchived: boolean, hidden: NodeLabel[], visible: (maps: MapRecord[]) => Promise<MapRecord[]> = async (maps) => maps): Promise<{ maps: Static<typeof MapWithFigures>[] }> {
    const maps = await visible(await this.maps.list(includeArchived));
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
    const title = titleOf(body.title, '/title', 'created');
    return this.maps.create({ ...body, title });
  }

  /** An archived map takes only a change that unarchives it (with other changes or not). */
  async update(id: string, version: number, changes: Static<typeof MapChanges>): Promise<MapRecord> {
    const set: MapChangeSet = {};
    if (changes.title !== undefined) set.title = titleOf(changes.title, '/changes/title', 'changed');
    if (changes.description !== undefined) set.description = changes.description;
    if (changes.owner !== undefined) set.owner = changes.owner;
    if (changes.archived !== undefined) set.archived = changes.archived;
    if (changes.published !== undefined) set.published = changes.published;
    if (changes.freshnessMonths !== undefined) set.freshnessMonths = changes.freshnessMonths;
    if (changes.appearance !== undefined) set.appearance = changes.appearance === null ? null : appearanceText(changes.appearance, '/changes/appearance');
    return this.maps.update(id, version, set, (current) => {
      if (current.archived && changes.archived !== false) throw new MapArchivedError(current.title);
    });
  }

  async delete(id: string, version: number): Promise<Static<typeof MapDeleted>> {
    const removed = await this.maps.deleteMap(id, version);
    for (const key of this.figureCache.keys()) if (key.startsWith(`${id}\n`)) this.figureCache.delete(key);
    return { deleted: id, ...removed };
  }

  async duplicate(from: string, actor: Actor, body: { title: string; id?: string }): Promise<Static<typeof Duplicated>> {
    const title = titleOf(body.title, '/title', 'duplicated');
    return this.maps.duplicate(from, { id: body.id, title }, actor);
  }

  async layout(id: string): Promise<Static<typeof LayoutAnswer>> {
    return this.maps.layout(id);
  }

  async saveLayout(id: string, positions: Record<string, number[]>): Promise<Static<typeof LayoutAnswer>> {
    return this.maps.saveLayout(id, positions as MapPositions);
  }

  async copyNode(from: string, actor: Actor, id: string, to: string): Promise<Static<typeof CopiedNode>> {
    if (to === from) throw new BadRequestError(`"${id}" is already in the map "${from}": choose another map to copy it to.`, [{ field: '/to', code: 'not_allowed', message: 'must be another map' }]);
    return { map: to, node: await this.maps.copyNode(from, id, to, actor) };
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
    const health = await this.analysis.health(map, { hidden });
    const figures = { organisations: health.organisations, workingTies: health.ties, isolated: health.isolated, clusters: health.clusters };
    this.figureCache.set(key, { fingerprint, figures });
    return figures;
  }
}
