/**
 * The rules of saved views: a name that says something, a state that is an address's query
 * string, at most SAVED_VIEWS_PER_MAP per map, ids from names, and versions for changes.
 */
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { SAVED_VIEWS_PER_MAP, savedViewId, savedViewProblems, type SavedView, type SavedViewInput } from '../model/savedViews.ts';
import type { SavedViewsRepository } from '../repositories/savedViewsRepository.ts';

function checked(input: SavedViewInput): SavedViewInput {
  const problems = savedViewProblems(input);
  if (problems.length) throw new BadRequestError(`The view was not saved: ${problems.map((p) => p.message).join(' ')}`, problems);
  return { name: input.name.trim(), text: input.text.trim(), state: input.state };
}

const noView = (id: string) => new NotFoundError(`This map has no saved view "${id}"; it may have been deleted. Reload the views.`);

export class SavedViewsService {
  constructor(private readonly views: SavedViewsRepository) {}

  async list(map: string): Promise<{ views: SavedView[] }> {
    return { views: await this.views.list(map) };
  }

  async create(map: string, input: SavedViewInput, now = new Date().toISOString()): Promise<SavedView> {
    const view = checked(input);
    return this.views.change(map, (views) => {
      if (views.length >= SAVED_VIEWS_PER_MAP) throw new BadRequestError(`A map keeps at most ${SAVED_VIEWS_PER_MAP} saved views: delete one first.`, [{ field: '/name', code: 'too_large', message: `At most ${SAVED_VIEWS_PER_MAP} views per map.` }]);
      const saved: SavedView = { id: savedViewId(view.name, (id) => views.some((v) => v.id === id)), ...view, createdAt: now, updatedAt: now, version: 1 };
      return { views: [...views, saved], answer: saved };
    });
  }

  async update(map: string, id: string, input: SavedViewInput & { version: number }, now = new Date().toISOString()): Promise<SavedView> {
    const view = checked(input);
    return this.views.change(map, (views) => {
      const current = views.find((v) => v.id === id);
      if (!current) throw noView(id);
      if (current.version !== input.version) throw new ConflictError(`Someone changed the view "${current.name}" since you read it (version ${current.version}, yours ${input.version}). Look at it again, then save.`, current);
      const saved: SavedView = { ...current, ...view, updatedAt: now, version: current.version + 1 };
      return { views: views.map((v) => (v.id === id ? saved : v)), answer: saved };
    });
  }

  async delete(map: string, id: string): Promise<{ deleted: string }> {
    return this.views.change(map, (views) => {
      if (!views.some((v) => v.id === id)) throw noView(id);
      return { views: views.filter((v) => v.id !== id), answer: { deleted: id } };
    });
  }
}
