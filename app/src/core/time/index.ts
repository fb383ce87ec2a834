export * from './timeline';
export * from './fade';
export * from './look';
