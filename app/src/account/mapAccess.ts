/**
 * What the caller may do in the open map, as the service said with the map (`access`): the app hides
 * the controls the service would refuse. The service still checks every request.
 */
import { createContext, useContext } from 'react';
import type { MapAccess } from '../core/api';

export interface MayDo {
  level: MapAccess['level'];
  /** Change anything in the map (editor, admin). */
  edit: boolean;
  /** Manage the map and its members (admin). */
  manage: boolean;
  /** Say a fact is still true (member and above). */
  confirm: boolean;
  /** Read a node's history (viewer and above). */
  readHistory: boolean;
  /** Change this node: an editor, or a steward of this organisation. */
  changeNode: (id: string) => boolean;
  /** Add, change or remove a tie between these two: an editor, or a steward of one of its ends. */
  changeTie: (from: string, to: string) => boolean;
}

const ORDER: MapAccess['level'][] = ['public', 'viewer', 'member', 'editor', 'admin'];

export function mayDo(access: MapAccess): MayDo {
  const rank = ORDER.indexOf(access.level);
  const edit = rank >= ORDER.indexOf('editor');
  const steward = rank >= ORDER.indexOf('member') ? new Set(access.stewardOf) : new Set<string>();
  return {
    level: access.level,
    edit,
    manage: rank >= ORDER.indexOf('admin'),
    confirm: rank >= ORDER.indexOf('member'),
    readHistory: rank >= ORDER.indexOf('viewer'),
    changeNode: (id) => edit || steward.has(id),
    changeTie: (from, to) => edit || steward.has(from) || steward.has(to),
  };
}

/** Outside a map's page (and in tests that render parts alone) everything is allowed, as the service decides anyway. */
export const MapAccessContext = createContext<MayDo>(mayDo({ level: 'admin', stewardOf: [] }));

export function useMapAccess(): MayDo {
  return useContext(MapAccessContext);
}
