import type { NodeType } from '../graph/types';

/** How each node type is told apart: a ring colour on the map, an icon in the legend and panel, a fill when colouring by kind. */
export interface NodeTypeStyle {
  ring: string;
  fill: string;
  icon: string;
  singular: string;
  plural: string;
}

// Ring colours are dark and saturated so they read against the softer fills. Written in legend
// order: the kinds a community worker looks for first.
export const NODE_TYPE_STYLES: Record<NodeType, NodeTypeStyle> = {
  Alliance: { ring: '#111827', fill: '#94a3b8', icon: '★', singular: 'Alliance', plural: 'Alliances' },
  Organisation: { ring: '#1d4ed8', fill: '#93c5fd', icon: '■', singular: 'Organisation', plural: 'Organisations' },
  Person: { ring: '#be185d', fill: '#f9a8d4', icon: '●', singular: 'Person', plural: 'People' },
  Partnership: { ring: '#7c3aed', fill: '#c4b5fd', icon: '◆', singular: 'Partnership', plural: 'Partnerships' },
  Theme: { ring: '#b45309', fill: '#fcd34d', icon: '▲', singular: 'Theme', plural: 'Themes' },
  Event: { ring: '#047857', fill: '#6ee7b7', icon: '✦', singular: 'Event', plural: 'Events' },
  Area: { ring: '#64748b', fill: '#cbd5e1', icon: '⬟', singular: 'Area', plural: 'Areas' },
};

/** Legend order, from the styles: a new node label the compiler asks a style for is in the legend and filters too. */
export const NODE_TYPE_ORDER = Object.keys(NODE_TYPE_STYLES) as NodeType[];
