/** Soft, distinguishable fills (Tableau-like, lightened) for the largest categories (themes, areas, tiers). */
export const CATEGORY_PALETTE = [
  '#7fb3e6',
  '#f6a96b',
  '#8fd19e',
  '#f28b8b',
  '#c3a6e6',
  '#d9b48f',
  '#f5a8d4',
  '#a8d8d8',
  '#e3d26f',
  '#b5c99a',
];
export const OTHER_CATEGORY_COLOR = '#cbd5e1';
