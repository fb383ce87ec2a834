export * from './types';
export * from './utils';
