export * from './types';
export * from './dataGraph';
export * from './facets';
export * from './merge';
