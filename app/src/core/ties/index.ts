export * from './describe';
export * from './allowed';
