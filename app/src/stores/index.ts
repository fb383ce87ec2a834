export * from './atlas';
export * from './context';
export * from './store';
export type { DataState } from './data';
export type { FocusRequest } from './selection';
export type { LayoutRun, LayoutStatus } from './layout';
