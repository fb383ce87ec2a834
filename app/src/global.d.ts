import type Sigma from 'sigma';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './core/appearance';

declare global {
  interface Window {
    /** Test and debugging hook: the renderer and the graph it draws (with x/y). */
    atlas?: { sigma: Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>; graph: DisplayGraph };
  }
}

export {};
