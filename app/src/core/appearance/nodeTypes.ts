import type { NodeType } from '../graph/types';

/** How each node type is told apart: a ring colour on the map and an icon in the legend and panel. */
export interface NodeTypeStyle {
  ring: string;
  icon: string;
  singular: string;
  plural: string;
}

// Ring colours are dark and saturated so they read against the softer community fills.
export const NODE_TYPE_STYLES: Record<NodeType, NodeTypeStyle> = {
  Alliance: { ring: '#111827', icon: '★', singular: 'Alliance', plural: 'Alliances' },
  Organisation: { ring: '#1d4ed8', icon: '■', singular: 'Organisation', plural: 'Organisations' },
  Person: { ring: '#be185d', icon: '●', singular: 'Person', plural: 'People' },
  Partnership: { ring: '#7c3aed', icon: '◆', singular: 'Partnership', plural: 'Partnerships' },
  Theme: { ring: '#b45309', icon: '▲', singular: 'Theme', plural: 'Themes' },
  Event: { ring: '#047857', icon: '✦', singular: 'Event', plural: 'Events' },
  Area: { ring: '#64748b', icon: '⬟', singular: 'Area', plural: 'Areas' },
};

/** Legend order: the kinds a community worker looks for first. */
export const NODE_TYPE_ORDER: NodeType[] = ['Alliance', 'Organisation', 'Person', 'Partnership', 'Theme', 'Event', 'Area'];
