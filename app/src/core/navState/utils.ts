import { COLOURINGS, SIZE_MEASURES, type ColouringId, type ParameterValues, type SizeMeasureId } from '../appearance';
import { NO_FILTERS, type FilterState } from '../filters/types';
import { DEPTHS, type Depth } from '../focus/types';
import { NODE_TYPES, TIE_TYPES, type NodeType, type TieType } from '../graph/types';
import type { CameraState, NavState } from './types';
import { isDate } from '../../../../graph-service/src/model/dates';
import { EMBED_PARAM } from '../../../../graph-service/src/model/savedViews';

export const DEFAULT_NAV: NavState = {
  filters: NO_FILTERS,
  selected: null,
  depth: 1,
  colour: 'community',
  colourParams: {},
  size: 'degree',
  sizeParams: {},
  camera: null,
  mode: 'map',
  path: null,
};

/** Parameters the service reads to choose which part of the graph to send; kept untouched. */
export const SERVER_PARAMS = ['alliance', 'area'];


const list = (value: string | null): string[] =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

function parseParams(value: string | null): ParameterValues {
  const params: ParameterValues = {};
  for (const pair of list(value)) {
    const [key, raw] = pair.split(':');
    if (!key || raw === undefined) continue;
    const n = Number(raw);
    params[key] = raw !== '' && Number.isFinite(n) ? n : raw;
  }
  return params;
}

const serialiseParams = (params: ParameterValues): string =>
  Object.entries(params)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');

function parseCamera(value: string | null): CameraState | null {
  const parts = list(value).map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite) || parts[2] <= 0) return null;
  return { x: parts[0], y: parts[1], ratio: parts[2] };
}

/** What a map keeps as its default look (its record's `appearance`), as the app writes it. */
export type MapLook = Pick<NavState, 'colour' | 'colourParams' | 'size' | 'sizeParams'>;

const isParams = (value: unknown): value is ParameterValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

/**
 * The view a map opens with when the address says nothing: the app's defaults, with the map's own
 * colour and size where it keeps valid ones (anything unknown is passed over, as in an address).
 */
export function navDefaults(appearance: Record<string, unknown> | null | undefined): NavState {
  const look = appearance ?? {};
  const colour = COLOURINGS.some((c) => c.id === look.colour) ? (look.colour as ColouringId) : DEFAULT_NAV.colour;
  const size = SIZE_MEASURES.some((m) => m.id === look.size) ? (look.size as SizeMeasureId) : DEFAULT_NAV.size;
  return {
    ...DEFAULT_NAV,
    colour,
    colourParams: colour === look.colour && isParams(look.colourParams) ? look.colourParams : {},
    size,
    sizeParams: size === look.size && isParams(look.sizeParams) ? look.sizeParams : {},
  };
}

/** The look to keep with a map: the view's colour and size. */
export const lookOf = (state: NavState): MapLook => ({ colour: state.colour, colourParams: state.colourParams, size: state.size, sizeParams: state.sizeParams });

/** Whether the view looks as the map does by default. */
export const sameLook = (a: MapLook, b: MapLook): boolean =>
  a.colour === b.colour && a.size === b.size && serialiseParams(a.colourParams) === serialiseParams(b.colourParams) && serialiseParams(a.sizeParams) === serialiseParams(b.sizeParams);

/**
 * Reads a page address (`location.search`); anything unknown or malformed falls back to `base`
 * (the app's defaults, or a map's, see navDefaults).
 */
export function parseNavState(search: string, base: NavState = DEFAULT_NAV): NavState {
  const q = new URLSearchParams(search);
  const types = q.has('types') ? list(q.get('types')).filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t)) : null;
  const tieTypes = q.has('tieTypes') ? list(q.get('tieTypes')).filter((t): t is TieType => (TIE_TYPES as readonly string[]).includes(t)) : null;
  // `date` was the key before "as of" was one control for every view; old links still open.
  const date = q.get('asOf') ?? q.get('date');
  const filters: FilterState = {
    nodeTypes: types,
    tieTypes,
    themes: list(q.get('themes')),
    areas: list(q.get('areas')),
    alliances: list(q.get('alliances')),
    tiers: list(q.get('tiers')),
    asOf: date && isDate(date) ? date : null,
    undated: q.get('undated') === 'include',
  };
  const depth = Number(q.get('depth'));
  const pathEnds = list(q.get('path'));
  return {
    filters,
    selected: q.get('sel') || null,
    depth: DEPTHS.includes(depth as Depth) ? (depth as Depth) : base.depth,
    ...parseLook(q, base),
    camera: parseCamera(q.get('cam')),
    mode: q.get('view') === 'table' ? 'table' : 'map',
    path: pathEnds.length === 2 ? { from: pathEnds[0], to: pathEnds[1], tieTypes: list(q.get('pathTies')) } : null,
  };
}

/** Colour and size from the address; the parameters go with their entry, so the base's only with the base's entry. */
function parseLook(q: URLSearchParams, base: NavState): MapLook {
  const colour = q.get('colour');
  const size = q.get('size');
  const colourId = COLOURINGS.some((c) => c.id === colour) ? (colour as ColouringId) : base.colour;
  const sizeId = SIZE_MEASURES.some((m) => m.id === size) ? (size as SizeMeasureId) : base.size;
  return {
    colour: colourId,
    colourParams: q.has('colourOpts') ? parseParams(q.get('colourOpts')) : colourId === base.colour ? base.colourParams : {},
    size: sizeId,
    sizeParams: q.has('sizeOpts') ? parseParams(q.get('sizeOpts')) : sizeId === base.size ? base.sizeParams : {},
  };
}

const round = (n: number, digits: number) => String(Math.round(n * 10 ** digits) / 10 ** digits);

/**
 * Writes the state as a query string, leaving defaults (`base`) out so links stay short. `current`
 * is the page's present query: its server parameters (?alliance=, ?area=) are carried over unchanged.
 */
export function serialiseNavState(state: NavState, current = '', base: NavState = DEFAULT_NAV): string {
  const q = new URLSearchParams();
  const existing = new URLSearchParams(current);
  // The embed's `?embed=1` (model/savedViews.ts) stays too, so the embed stays one when its view changes.
  for (const key of [...SERVER_PARAMS, EMBED_PARAM]) {
    const value = existing.get(key);
    if (value) q.set(key, value);
  }
  const f = state.filters;
  if (state.mode === 'table') q.set('view', 'table');
  if (state.selected) q.set('sel', state.selected);
  if (state.depth !== base.depth) q.set('depth', String(state.depth));
  if (state.colour !== base.colour) q.set('colour', state.colour);
  if (serialiseParams(state.colourParams) !== (state.colour === base.colour ? serialiseParams(base.colourParams) : '')) q.set('colourOpts', serialiseParams(state.colourParams));
  if (state.size !== base.size) q.set('size', state.size);
  if (serialiseParams(state.sizeParams) !== (state.size === base.size ? serialiseParams(base.sizeParams) : '')) q.set('sizeOpts', serialiseParams(state.sizeParams));
  if (f.nodeTypes) q.set('types', f.nodeTypes.join(','));
  if (f.tieTypes) q.set('tieTypes', f.tieTypes.join(','));
  if (f.themes.length) q.set('themes', f.themes.join(','));
  if (f.areas.length) q.set('areas', f.areas.join(','));
  if (f.alliances.length) q.set('alliances', f.alliances.join(','));
  if (f.tiers.length) q.set('tiers', f.tiers.join(','));
  if (f.asOf) q.set('asOf', f.asOf);
  if (f.asOf && f.undated) q.set('undated', 'include');
  if (state.path) {
    q.set('path', `${state.path.from},${state.path.to}`);
    if (state.path.tieTypes.length) q.set('pathTies', state.path.tieTypes.join(','));
  }
  if (state.camera) q.set('cam', [round(state.camera.x, 4), round(state.camera.y, 4), round(state.camera.ratio, 4)].join(','));
  const text = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
