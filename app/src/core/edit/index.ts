export * from './types';
export * from './utils';
export * from './consequences';
export * from './newNode';
export * from './resync';
export * from './wordDiff';
export * from './duplicateWords';
