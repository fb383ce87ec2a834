export * from './convergence';
export * from './positions';
export * from './settings';
export * from './warmStart';
