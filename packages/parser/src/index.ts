export * from './types.js';
export * from './columns.js';
