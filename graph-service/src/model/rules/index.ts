/** The write rules: ids, tie ends, reserved names, personal data, sizes, and validateNode / validateTie. */
export * from './ends.ts';
export * from './ids.ts';
export * from './personalData.ts';
export * from './reserved.ts';
export * from './sizes.ts';
export * from './validate.ts';
