import type Sigma from 'sigma';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './core/appearance';
import type { DataState } from './stores/data';
import type { Readable } from './stores/store';

declare global {
  interface Window {
    /** Test and debugging hook: the renderer, the graph it draws (with x/y) and the data store. */
    atlas?: { sigma: Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>; graph: DisplayGraph; data: Readable<DataState> };
  }
}
