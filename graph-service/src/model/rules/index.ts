/** The write rules: ids, tie ends, duplicate ties, reserved names, personal data, sizes, and validateNode / validateTie. */
export * from './duplicateTies.ts';
export * from './ends.ts';
export * from './ids.ts';
export * from './personalData.ts';
export * from './reserved.ts';
export * from './sizes.ts';
export * from './validate.ts';
